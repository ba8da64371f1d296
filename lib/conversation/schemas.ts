import { z } from "zod";
import { validation } from "../i18n/msg";
import { MESSAGE_MAX_LENGTH } from "./message-kinds";

const ticketId = z.uuid(validation("unknownTicket"));

export const postTicketMessageSchema = z.object({
  ticketId,
  body: z
    .string({ message: validation("messageRequired") })
    .trim()
    .min(1, validation("messageRequired"))
    .max(MESSAGE_MAX_LENGTH, validation("messageMax")),
});
export type PostTicketMessageInput = z.input<typeof postTicketMessageSchema>;

export const markMessagesReadSchema = z.object({
  ticketId,
  /** The newest message the reader has on screen. */
  upToId: z.number().int().positive(),
});
export type MarkMessagesReadInput = z.input<typeof markMessagesReadSchema>;
