import { addTicketUpdate } from "../conversation/add-ticket-update";
import type { MessageNode, MessageParagraphs } from "../conversation/message-markdown";
import { postTicketMessage } from "../conversation/post-ticket-message";
import { listTicketMessages } from "../conversation/queries";
import { notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { getTicketDetail } from "../tickets/get-ticket-detail";
import { parseTicketNumber } from "../tickets/ticket-number";
import type { ApiCtx, ApiInput, ApiResult } from "./api-route";
import {
  addUpdateBody,
  messageListQuery,
  messagePage,
  postMessageBody,
  ticketUpdateList,
} from "./item-schemas";

type NumberParams = { number: string };

const nodeText = (node: MessageNode): string => {
  switch (node.t) {
    case "text":
      return node.v;
    case "br":
      return "\n";
    case "strong":
    case "em":
    case "a":
      return node.c.map(nodeText).join("");
  }
};
const plainText = (paragraphs: MessageParagraphs) =>
  paragraphs.map((p) => p.map(nodeText).join("")).join("\n\n");

async function conversation(ctx: ApiCtx, raw: string, before?: number) {
  const number = parseTicketNumber(raw);
  const found = number === null ? null : await listTicketMessages(ctx, number, before ? { before } : {});
  if (!found) throw notFound(msg("errors.notFound.ticket"));
  return found;
}

/** A ticket's messenger as its reader may read it, a page at a time (newest page first). */
export async function listMessagesApi(
  ctx: ApiCtx,
  { params, query }: ApiInput<NumberParams>,
): Promise<ApiResult> {
  const { before } = parseInput(messageListQuery, Object.fromEntries(query));
  const found = await conversation(ctx, params.number, before);
  const items = found.messages.map((m) => ({ ...m, text: plainText(m.paragraphs) }));
  return { body: messagePage.parse({ items, olderBefore: found.olderBefore }) };
}

/** Writes into the messenger, as the pages do: the same rules decide who may (workflow.md 2.3). */
export async function postMessageApi(
  ctx: ApiCtx,
  { params, body }: ApiInput<NumberParams>,
): Promise<ApiResult> {
  const input = parseInput(postMessageBody, body);
  const before = await conversation(ctx, params.number);
  await postTicketMessage(ctx, { ticketId: before.ticketId, body: input.body });
  ctx.changed();
  const after = await conversation(ctx, params.number);
  const items = after.messages.map((m) => ({ ...m, text: plainText(m.paragraphs) }));
  const mine = items.filter((m) => m.mine).at(-1);
  return { status: 201, body: messagePage.shape.items.element.parse(mine) };
}

/** The updates to a ticket's service record, as its reader may see them (customers: public ones). */
export async function listUpdatesApi(ctx: ApiCtx, { params }: ApiInput<NumberParams>): Promise<ApiResult> {
  const number = parseTicketNumber(params.number);
  const detail = number === null ? null : await getTicketDetail(ctx, number);
  if (!detail) throw notFound(msg("errors.notFound.ticket"));
  const items = detail.history.flatMap((h) =>
    h.update
      ? [
          {
            id: h.id,
            at: h.at,
            text: h.text,
            body: plainText(h.update.paragraphs),
            internal: h.update.internal,
          },
        ]
      : [],
  );
  return { body: ticketUpdateList.parse({ items }) };
}

/** Adds an update (what was done or found); only employees may make it internal. */
export async function addUpdateApi(
  ctx: ApiCtx,
  { params, body }: ApiInput<NumberParams>,
): Promise<ApiResult> {
  const input = parseInput(addUpdateBody, body);
  const number = parseTicketNumber(params.number);
  const detail = number === null ? null : await getTicketDetail(ctx, number);
  if (!detail) throw notFound(msg("errors.notFound.ticket"));
  await addTicketUpdate(ctx, { ticketId: detail.id, body: input.body, visibility: input.visibility });
  ctx.changed();
  return listUpdatesApi(ctx, {
    params,
    body: undefined,
    query: new URLSearchParams(),
    ifMatch: undefined,
  }).then((list) => ({ status: 201, body: list.body }));
}
