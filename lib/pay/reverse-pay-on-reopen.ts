import type { Tx } from "@/db/client";
import { payEntries } from "@/db/schema";
import type { LocalResult, OutboxHandler, OutboxRow } from "../outbox/types";
import { appendTicketEvent } from "../tickets/append-ticket-event";
import { activePay, lockTicketForPay } from "./pay-entries";

/** What applyTicketEvents puts in a `ticket.status_changed` outbox row (the part used here). */
type StatusChangedPayload = { ticketId: string; eventId: number; event: { type: string; reason?: string } };

/**
 * A reopened ticket's pay no longer stands: one reversal entry per employee of the standing
 * calculation, negating their net pay for the ticket. Entering a pay status again recalculates it.
 */
export const reversePayOnReopen: OutboxHandler = {
  mode: "local",
  async run(tx: Tx, row: OutboxRow): Promise<LocalResult> {
    const payload = row.payload as StatusChangedPayload;
    if (payload.event?.type !== "status_changed" || payload.event.reason !== "reopened") return;
    const ticket = await lockTicketForPay(tx, payload.ticketId);
    const pay = await activePay(tx, ticket.id);
    if (!pay.active) return;
    const inserted = await tx
      .insert(payEntries)
      .values(
        [...pay.netByUser].map(([userId, net]) => ({
          ticketId: ticket.id,
          userId,
          kind: "reversal" as const,
          amountCents: net === 0 ? 0 : -net,
          basis: { reason: "reopened", eventId: payload.eventId, reversedCents: net },
          idempotencyKey: `${row.idempotencyKey}:${userId}`,
        })),
      )
      .onConflictDoNothing({ target: payEntries.idempotencyKey })
      .returning({ amountCents: payEntries.amountCents });
    if (inserted.length === 0) return;
    await appendTicketEvent(tx, ticket, null, "pay_reversed", {
      employees: inserted.length,
      totalCents: inserted.reduce((sum, e) => sum + e.amountCents, 0),
    });
  },
};
