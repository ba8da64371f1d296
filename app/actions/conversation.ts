"use server";

import { addTicketUpdate } from "@/lib/conversation/add-ticket-update";
import { markTicketMessagesRead } from "@/lib/conversation/mark-messages-read";
import { postTicketMessage } from "@/lib/conversation/post-ticket-message";
import {
  addTicketUpdateSchema,
  markMessagesReadSchema,
  postTicketMessageSchema,
} from "@/lib/conversation/schemas";
import { actorAction } from "@/lib/server/action-client";

// Thin doors: parse, call one verb; the verb authorizes and decides.
export const postTicketMessageAction = actorAction
  .inputSchema(postTicketMessageSchema)
  .action(({ parsedInput, ctx }) => postTicketMessage(ctx, parsedInput));

export const markTicketMessagesReadAction = actorAction
  .inputSchema(markMessagesReadSchema)
  .action(({ parsedInput, ctx }) => markTicketMessagesRead(ctx, parsedInput));

export const addTicketUpdateAction = actorAction
  .inputSchema(addTicketUpdateSchema)
  .action(({ parsedInput, ctx }) => addTicketUpdate(ctx, parsedInput));
