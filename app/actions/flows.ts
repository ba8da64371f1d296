"use server";

import { revalidatePath } from "next/cache";
import { archiveFlow } from "@/lib/flows/archive-flow";
import {
  moveAssistantButton,
  removeAssistantButton,
  saveAssistantButton,
} from "@/lib/flows/assistant-buttons";
import { deleteDraft } from "@/lib/flows/delete-draft";
import { saveDraft } from "@/lib/flows/save-draft";
import { saveFlow } from "@/lib/flows/save-flow";
import {
  assistantButtonRefSchema,
  draftRefSchema,
  flowRefSchema,
  moveAssistantButtonSchema,
  saveAssistantButtonSchema,
  saveDraftSchema,
  saveFlowSchema,
} from "@/lib/flows/schemas";
import { submitDraft } from "@/lib/flows/submit-draft";
import { actorAction } from "@/lib/server/action-client";
import { attachmentStore } from "@/lib/storage/attachment-store";

const FLOWS_PAGE = "/settings/flows";
const ASSISTANT_PAGE = "/settings/assistant";

// Thin doors: parse, call one verb; the verb authorizes (admins manage flows, creators their drafts).
export const saveFlowAction = actorAction.inputSchema(saveFlowSchema).action(async ({ parsedInput, ctx }) => {
  const result = await saveFlow(ctx, parsedInput);
  revalidatePath(FLOWS_PAGE);
  // The assistant names the flows its buttons start.
  revalidatePath(ASSISTANT_PAGE);
  return result;
});

export const archiveFlowAction = actorAction
  .inputSchema(flowRefSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await archiveFlow(ctx, parsedInput);
    revalidatePath(FLOWS_PAGE);
    revalidatePath(ASSISTANT_PAGE);
    return result;
  });

export const saveAssistantButtonAction = actorAction
  .inputSchema(saveAssistantButtonSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await saveAssistantButton(ctx, parsedInput);
    revalidatePath(ASSISTANT_PAGE);
    return result;
  });

export const removeAssistantButtonAction = actorAction
  .inputSchema(assistantButtonRefSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await removeAssistantButton(ctx, parsedInput);
    revalidatePath(ASSISTANT_PAGE);
    return result;
  });

export const moveAssistantButtonAction = actorAction
  .inputSchema(moveAssistantButtonSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await moveAssistantButton(ctx, parsedInput);
    revalidatePath(ASSISTANT_PAGE);
    return result;
  });

export const saveDraftAction = actorAction
  .inputSchema(saveDraftSchema)
  .action(({ parsedInput, ctx }) => saveDraft(ctx, parsedInput));

export const submitDraftAction = actorAction
  .inputSchema(saveDraftSchema)
  .action(({ parsedInput, ctx }) => submitDraft(ctx, parsedInput));

export const deleteDraftAction = actorAction
  .inputSchema(draftRefSchema)
  .action(({ parsedInput, ctx }) => deleteDraft(ctx, parsedInput, attachmentStore()));
