"use server";

import { revalidatePath } from "next/cache";
import { actorAction } from "@/lib/server/action-client";
import { createWebhook, deleteWebhook, updateWebhook } from "@/lib/webhooks/manage-webhooks";
import { redeliverWebhook } from "@/lib/webhooks/redeliver-webhook";
import {
  createWebhookSchema,
  redeliverSchema,
  updateWebhookSchema,
  webhookRefSchema,
} from "@/lib/webhooks/schemas";

const PAGE = "/settings/webhooks";

// Thin doors: the verbs refuse anyone but admins.
export const createWebhookAction = actorAction
  .inputSchema(createWebhookSchema)
  .action(async ({ parsedInput, ctx }) => {
    const created = await createWebhook(ctx, parsedInput);
    revalidatePath(PAGE);
    return created;
  });

export const updateWebhookAction = actorAction
  .inputSchema(updateWebhookSchema)
  .action(async ({ parsedInput, ctx }) => {
    await updateWebhook(ctx, parsedInput);
    revalidatePath(PAGE);
  });

export const deleteWebhookAction = actorAction
  .inputSchema(webhookRefSchema)
  .action(async ({ parsedInput, ctx }) => {
    await deleteWebhook(ctx, parsedInput);
    revalidatePath(PAGE);
  });

export const redeliverWebhookAction = actorAction
  .inputSchema(redeliverSchema)
  .action(async ({ parsedInput, ctx }) => {
    await redeliverWebhook(ctx, parsedInput);
    revalidatePath(PAGE, "layout");
  });
