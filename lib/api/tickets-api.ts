import type { z } from "zod";
import { notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { changeTicketStatus } from "../tickets/change-ticket-status";
import { createTicket } from "../tickets/create-ticket";
import { getTicketDetail } from "../tickets/get-ticket-detail";
import { listPortalTickets, listStaffTickets } from "../tickets/list-tickets";
import { setTicketAssignees } from "../tickets/set-ticket-assignees";
import { parseTicketNumber } from "../tickets/ticket-number";
import type { TicketDetail } from "../tickets/types";
import type { ApiCtx, ApiInput, ApiResult } from "./api-route";
import {
  changeStatusBody,
  createTicketBody,
  setAssigneesBody,
  ticket,
  ticketListQuery,
  ticketPage,
} from "./schemas";

type NumberParams = { number: string };

export async function listTicketsApi(ctx: ApiCtx, { query }: ApiInput<unknown>): Promise<ApiResult> {
  const filters = parseInput(ticketListQuery, Object.fromEntries(query));
  const page =
    ctx.actor.role === "code_user"
      ? await listPortalTickets(ctx, filters)
      : await listStaffTickets(ctx, filters);
  return { body: ticketPage.parse(page) };
}

/** A ticket as its reader may see it; a number they may not see is simply not found. */
async function readTicket(ctx: ApiCtx, raw: string): Promise<TicketDetail> {
  const number = parseTicketNumber(raw);
  const detail = number === null ? null : await getTicketDetail(ctx, number);
  if (!detail) throw notFound(msg("errors.notFound.ticket"));
  return detail;
}

const ticketResult = (detail: TicketDetail, status = 200): ApiResult => ({
  status,
  body: ticket.parse(detail),
  headers: { ETag: `"${detail.version}"` },
});

/** After a change, the ticket as the changer now sees it (null once they may no longer see it). */
async function reread(ctx: ApiCtx, number: number, status = 200): Promise<ApiResult> {
  const detail = await getTicketDetail(ctx, number);
  return detail ? ticketResult(detail, status) : { status: 204, body: null };
}

export async function getTicketApi(ctx: ApiCtx, { params }: ApiInput<NumberParams>): Promise<ApiResult> {
  return ticketResult(await readTicket(ctx, params.number));
}

export async function createTicketApi(ctx: ApiCtx, { body }: ApiInput<unknown>): Promise<ApiResult> {
  const created = await createTicket(ctx, parseInput(createTicketBody, body));
  ctx.changed();
  return reread(ctx, created.number, 201);
}

const versionOf = (
  input: { version?: number | undefined },
  ifMatch: number | undefined,
  current: TicketDetail,
) => ifMatch ?? input.version ?? current.version;

export async function changeTicketStatusApi(
  ctx: ApiCtx,
  { params, body, ifMatch }: ApiInput<NumberParams>,
): Promise<ApiResult> {
  const input: z.infer<typeof changeStatusBody> = parseInput(changeStatusBody, body);
  const current = await readTicket(ctx, params.number);
  await changeTicketStatus(ctx, {
    ticketId: current.id,
    version: versionOf(input, ifMatch, current),
    statusId: input.statusId,
    payment: input.payment ?? null,
  });
  ctx.changed();
  return reread(ctx, current.number);
}

export async function setTicketAssigneesApi(
  ctx: ApiCtx,
  { params, body, ifMatch }: ApiInput<NumberParams>,
): Promise<ApiResult> {
  const input = parseInput(setAssigneesBody, body);
  const current = await readTicket(ctx, params.number);
  await setTicketAssignees(ctx, {
    ticketId: current.id,
    version: versionOf(input, ifMatch, current),
    userIds: input.userIds,
  });
  ctx.changed();
  return reread(ctx, current.number);
}
