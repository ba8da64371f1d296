import type { Tx } from "@/db/client";
import { payEntries } from "@/db/schema";
import type { LocalResult, OutboxHandler, OutboxRow } from "../outbox/types";
import { appendTicketEvent } from "../tickets/append-ticket-event";
import { computePay } from "../workflow/status-actions";
import { activePay, lockTicketForPay, reopenedSince } from "./pay-entries";
import { assigneeRates } from "./pay-preview";

/** What applyTicketEvents puts in a `status_action.calculate_pay` outbox row (the part used here). */
type CalculatePayPayload = {
  ticketId: string;
  eventId: number;
  status: { id: string; name: string };
  action: { type: string };
};

/**
 * The "Calculate the assignees' pay" action (workflow.md 2.5): once per ticket, one calculation
 * entry per current assignee from their rate and the ticket's amount. A ticket whose pay was
 * reversed (reopened) is calculated afresh when it enters a pay status again.
 */
export const calculatePay: OutboxHandler = {
  mode: "local",
  async run(tx: Tx, row: OutboxRow): Promise<LocalResult> {
    const payload = row.payload as CalculatePayPayload;
    if (payload.action?.type !== "calculate_pay") return;
    const ticket = await lockTicketForPay(tx, payload.ticketId);
    // Handled after the reopen that undoes it (a retry, or another instance): nothing to stand.
    if (await reopenedSince(tx, ticket.id, payload.eventId)) return;
    if ((await activePay(tx, ticket.id)).active) return; // pay already stands: once per ticket
    const assignees = await assigneeRates(tx, ticket.id);
    if (assignees.length === 0) return;
    const inserted = await tx
      .insert(payEntries)
      .values(
        assignees.map(({ id, rate }) => {
          return {
            ticketId: ticket.id,
            userId: id,
            kind: "calculation" as const,
            amountCents: computePay(rate, ticket.amountCents),
            // What the figure came from, so it can be explained later even if rates change.
            basis: {
              rateKind: rate?.kind ?? null,
              rateValue: rate?.value ?? null,
              ticketAmountCents: ticket.amountCents,
              statusName: payload.status.name,
            },
            idempotencyKey: `${row.idempotencyKey}:${id}`,
          };
        }),
      )
      .onConflictDoNothing({ target: payEntries.idempotencyKey })
      .returning({ amountCents: payEntries.amountCents });
    if (inserted.length === 0) return; // recorded by an earlier run of this row
    await appendTicketEvent(tx, ticket, null, "pay_calculated", {
      employees: inserted.length,
      totalCents: inserted.reduce((sum, e) => sum + e.amountCents, 0),
    });
  },
};
