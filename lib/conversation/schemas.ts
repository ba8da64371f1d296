import { z } from "zod";
import { validation } from "../i18n/msg";
import { VISIBILITIES } from "../workflow/ticket-categories";
import { MESSAGE_MAX_LENGTH } from "./message-kinds";

const ticketId = z.uuid(validation("unknownTicket"));
const MAX_ATTACHMENTS = 10;
const attachmentIds = z
  .array(z.uuid(validation("unknownAttachment")))
  .max(MAX_ATTACHMENTS, validation("attachmentsMax"))
  .default([]);
const text = z.string().trim().max(MESSAGE_MAX_LENGTH, validation("messageMax")).default("");

/** Words, files, or both (or a video session's link): an entry with none is refused on its text. */
const wordsOrFiles =
  (required: "messageRequired" | "updateRequired") =>
  (
    value: { body: string; attachmentIds: string[]; videoSessionId?: string | null },
    ctx: z.RefinementCtx,
  ) => {
    if (value.body === "" && value.attachmentIds.length === 0 && !value.videoSessionId) {
      ctx.addIssue({ code: "custom", path: ["body"], message: validation(required) });
    }
  };

export const postTicketMessageSchema = z
  .object({
    ticketId,
    body: text,
    attachmentIds,
    /** A "video session" message: a link to one of the ticket's sessions. */
    videoSessionId: z.uuid(validation("unknownSession")).nullable().default(null),
  })
  .superRefine(wordsOrFiles("messageRequired"));
export type PostTicketMessageInput = z.input<typeof postTicketMessageSchema>;

export const addTicketUpdateSchema = z
  .object({
    ticketId,
    visibility: z.enum(VISIBILITIES, { message: validation("chooseVisibility") }).default("public"),
    body: text,
    attachmentIds,
  })
  .superRefine(wordsOrFiles("updateRequired"));
export type AddTicketUpdateInput = z.input<typeof addTicketUpdateSchema>;

export const markMessagesReadSchema = z.object({
  ticketId,
  /** The newest message the reader has on screen. */
  upToId: z.number().int().positive(),
});
export type MarkMessagesReadInput = z.input<typeof markMessagesReadSchema>;
