"use server";

import { revalidatePath } from "next/cache";
import { actorAction } from "@/lib/server/action-client";
import { archiveStatus } from "@/lib/statuses/archive-status";
import { createStatus } from "@/lib/statuses/create-status";
import { reorderStatus } from "@/lib/statuses/reorder-status";
import {
  createStatusSchema,
  reorderStatusSchema,
  statusRefSchema,
  updateStatusSchema,
} from "@/lib/statuses/schemas";
import { updateStatus } from "@/lib/statuses/update-status";

const PAGE = "/settings/statuses";

// Thin doors: parse, call one verb; the verb checks that the actor is an admin.
export const createStatusAction = actorAction
  .inputSchema(createStatusSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await createStatus(ctx, parsedInput);
    revalidatePath(PAGE);
    return result;
  });

export const updateStatusAction = actorAction
  .inputSchema(updateStatusSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await updateStatus(ctx, parsedInput);
    revalidatePath(PAGE);
    return result;
  });

export const reorderStatusAction = actorAction
  .inputSchema(reorderStatusSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await reorderStatus(ctx, parsedInput);
    revalidatePath(PAGE);
    return result;
  });

export const archiveStatusAction = actorAction
  .inputSchema(statusRefSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await archiveStatus(ctx, parsedInput);
    revalidatePath(PAGE);
    return result;
  });
