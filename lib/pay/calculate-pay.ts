import { asc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { payEntries, ticketAssignees, users } from "@/db/schema";
import type { LocalResult, OutboxHandler, OutboxRow } from "../outbox/types";
import { appendTicketEvent } from "../tickets/append-ticket-event";
import { computePay } from "../workflow/status-actions";
import { activePay, lockTicketForPay, reopenedSince } from "./pay-entries";

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
    const assignees = await tx
      .select({ id: users.id, rateKind: users.payRateKind, rateValue: users.payRateValue })
      .from(ticketAssignees)
      .innerJoin(users, eq(users.id, ticketAssignees.userId))
      .where(eq(ticketAssignees.ticketId, ticket.id))
      .orderBy(asc(users.name));
    if (assignees.length === 0) return;
    const inserted = await tx
      .insert(payEntries)
      .values(
        assignees.map((a) => {
          const rate =
            a.rateKind && a.rateValue !== null ? { kind: a.rateKind, value: Number(a.rateValue) } : null;
          return {
            ticketId: ticket.id,
            userId: a.id,
            kind: "calculation" as const,
            amountCents: computePay(rate, ticket.amountCents),
            // What the figure came from, so it can be explained later even if rates change.
            basis: {
              rateKind: rate?.kind ?? null,
              rateValue: rate?.value ?? null,
              ticketAmountCents: ticket.amountCents,
              statusName: payload.status.name,
            },
            idempotencyKey: `${row.idempotencyKey}:${a.id}`,
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
