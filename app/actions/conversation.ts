"use server";

import { markTicketMessagesRead } from "@/lib/conversation/mark-messages-read";
import { postTicketMessage } from "@/lib/conversation/post-ticket-message";
import { markMessagesReadSchema, postTicketMessageSchema } from "@/lib/conversation/schemas";
import { actorAction } from "@/lib/server/action-client";

// Thin doors: parse, call one verb; the verb authorizes and decides.
export const postTicketMessageAction = actorAction
  .inputSchema(postTicketMessageSchema)
  .action(({ parsedInput, ctx }) => postTicketMessage(ctx, parsedInput));

export const markTicketMessagesReadAction = actorAction
  .inputSchema(markMessagesReadSchema)
  .action(({ parsedInput, ctx }) => markTicketMessagesRead(ctx, parsedInput));
