"use server";

import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { actorAction } from "@/lib/server/action-client";
import { createTicketView } from "@/lib/ticket-views/create-ticket-view";
import { deleteTicketView } from "@/lib/ticket-views/delete-ticket-view";
import { createTicketViewSchema, ticketViewRefSchema } from "@/lib/ticket-views/schemas";
import { acceptOffer } from "@/lib/tickets/accept-offer";
import { bulkAssignTickets } from "@/lib/tickets/bulk-assign-tickets";
import { bulkChangeTicketStatus } from "@/lib/tickets/bulk-change-status";
import { cancelTicket } from "@/lib/tickets/cancel-ticket";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { confirmTicketResolution } from "@/lib/tickets/confirm-ticket-resolution";
import { declineOffer } from "@/lib/tickets/decline-offer";
import { rateTicket } from "@/lib/tickets/rate-ticket";
import { reopenTicket } from "@/lib/tickets/reopen-ticket";
import type { BulkRowResult } from "@/lib/tickets/run-bulk";
import {
  bulkAssignSchema,
  bulkChangeStatusSchema,
  changeStatusSchema,
  rateTicketSchema,
  setAmountSchema,
  setAssigneesSchema,
  ticketRef,
  versioned,
  withdrawOfferSchema,
} from "@/lib/tickets/schemas";
import { setTicketAmount } from "@/lib/tickets/set-ticket-amount";
import { setTicketAssignees } from "@/lib/tickets/set-ticket-assignees";
import { withdrawOffer } from "@/lib/tickets/withdraw-offer";

// Thin doors: parse, call one verb; the verb authorizes and decides.
export const changeStatusAction = actorAction
  .inputSchema(changeStatusSchema)
  .action(({ parsedInput, ctx }) => changeTicketStatus(ctx, parsedInput));

export const acceptOfferAction = actorAction
  .inputSchema(ticketRef)
  .action(({ parsedInput, ctx }) => acceptOffer(ctx, parsedInput));

export const declineOfferAction = actorAction
  .inputSchema(ticketRef)
  .action(({ parsedInput, ctx }) => declineOffer(ctx, parsedInput));

export const withdrawOfferAction = actorAction
  .inputSchema(withdrawOfferSchema)
  .action(({ parsedInput, ctx }) => withdrawOffer(ctx, parsedInput));

export const setAssigneesAction = actorAction
  .inputSchema(setAssigneesSchema)
  .action(({ parsedInput, ctx }) => setTicketAssignees(ctx, parsedInput));

export const rateTicketAction = actorAction
  .inputSchema(rateTicketSchema)
  .action(({ parsedInput, ctx }) => rateTicket(ctx, parsedInput));

export const confirmResolutionAction = actorAction
  .inputSchema(versioned)
  .action(({ parsedInput, ctx }) => confirmTicketResolution(ctx, parsedInput));

export const reopenTicketAction = actorAction
  .inputSchema(versioned)
  .action(({ parsedInput, ctx }) => reopenTicket(ctx, parsedInput));

export const cancelTicketAction = actorAction
  .inputSchema(versioned)
  .action(({ parsedInput, ctx }) => cancelTicket(ctx, parsedInput));

export const setAmountAction = actorAction
  .inputSchema(setAmountSchema)
  .action(({ parsedInput, ctx }) => setTicketAmount(ctx, parsedInput));

/** A bulk result as the overview shows it: each refused row with its reason in the reader's language. */
async function localizeRows(ctx: { actor: { locale?: Locale } }, rows: BulkRowResult[]) {
  const t = translator(ctx.actor.locale);
  return rows.map((row) => (row.ok ? row : { ...row, reason: t.msg(row.reason) }));
}

export const bulkChangeStatusAction = actorAction
  .inputSchema(bulkChangeStatusSchema)
  .action(async ({ parsedInput, ctx }) => localizeRows(ctx, await bulkChangeTicketStatus(ctx, parsedInput)));

export const bulkAssignAction = actorAction
  .inputSchema(bulkAssignSchema)
  .action(async ({ parsedInput, ctx }) => localizeRows(ctx, await bulkAssignTickets(ctx, parsedInput)));

export const createTicketViewAction = actorAction
  .inputSchema(createTicketViewSchema)
  .action(({ parsedInput, ctx }) => createTicketView(ctx, parsedInput));

export const deleteTicketViewAction = actorAction
  .inputSchema(ticketViewRefSchema)
  .action(({ parsedInput, ctx }) => deleteTicketView(ctx, parsedInput));
