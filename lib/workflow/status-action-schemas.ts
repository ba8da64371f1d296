import { z } from "zod";
import { validation } from "../i18n/msg";
import { STATUS_ACTION_TYPES, type StatusAction } from "./status-actions";

// Kept apart from status-actions.ts: client pages import its constants without shipping zod.
const template = (max: 200 | 480 | 5000) =>
  z
    .string()
    .trim()
    .min(1, validation("templateRequired"))
    .max(max, validation(`templateMax${max}`));

/** Typed as the stored action: the schema cannot drift from StatusAction. */
export const statusActionSchema: z.ZodType<StatusAction> = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("email_customer"),
    subject: template(200),
    body: template(5000),
  }),
  z.object({ type: z.literal("sms_customer"), body: template(480) }),
  z.object({ type: z.literal("open_payment") }),
  z.object({ type: z.literal("write_off") }),
  z.object({ type: z.literal("calculate_pay") }),
]);

export const statusActionsSchema = z
  .array(statusActionSchema)
  .max(STATUS_ACTION_TYPES.length)
  .refine((actions) => new Set(actions.map((a) => a.type)).size === actions.length, validation("actionOnce"))
  .refine(
    (actions) =>
      !(actions.some((a) => a.type === "open_payment") && actions.some((a) => a.type === "write_off")),
    validation("paymentAndWriteOff"),
  );
