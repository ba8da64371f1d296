import { z } from "zod";
import { validation } from "../i18n/msg";
import { WEBHOOK_EVENTS } from "./webhook-events";

/** http(s) only and no credentials in the URL; where it may point is checked at send time. */
const url = z
  .string()
  .trim()
  .max(2000, validation("webhookUrl"))
  .refine((raw) => {
    try {
      const parsed = new URL(raw);
      return (
        (parsed.protocol === "https:" || parsed.protocol === "http:") && !parsed.username && !parsed.password
      );
    } catch {
      return false;
    }
  }, validation("webhookUrl"));

const fields = {
  url,
  description: z.string().trim().max(200, validation("webhookDescriptionMax")).default(""),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, validation("webhookEvents")),
};

export const createWebhookSchema = z.object(fields);
export type CreateWebhookInput = z.input<typeof createWebhookSchema>;

export const updateWebhookSchema = z.object({
  webhookId: z.string().uuid(validation("unknownWebhook")),
  ...fields,
  enabled: z.boolean(),
});
export type UpdateWebhookInput = z.input<typeof updateWebhookSchema>;

export const webhookRefSchema = z.object({ webhookId: z.string().uuid(validation("unknownWebhook")) });
export const redeliverSchema = z.object({ deliveryId: z.number().int().positive() });
