import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { payments, tickets } from "@/db/schema";
import type { LocalResult, OutboxHandler, OutboxRow } from "../outbox/types";
import { appendTicketEvent } from "../tickets/append-ticket-event";
import { openBalance, paymentTotals } from "./queries";

/** What applyTicketEvents puts in a `status_action.write_off` outbox row (the part used here). */
type WriteOffPayload = {
  ticketId: string;
  actorId: string | null;
  eventId: number;
  action: { type: string };
};

/**
 * The "Close without payment" action (workflow.md 2.5): writes off the ticket's open balance as a
 * `write_off` payment, with its history event. Runs in the transaction that marks the outbox row
 * processed; the payment's idempotency key (the row's) keeps a re-run from writing off twice.
 */
export const writeOffBalance: OutboxHandler = {
  mode: "local",
  async run(tx: Tx, row: OutboxRow): Promise<LocalResult> {
    const payload = row.payload as WriteOffPayload;
    if (payload.action?.type !== "write_off") return;
    // Locks the ticket like a status change does, so a payment being recorded is counted or waits.
    const [ticket] = await tx.select().from(tickets).where(eq(tickets.id, payload.ticketId)).for("update");
    if (!ticket) throw new Error(`Ticket ${payload.ticketId} of a write-off was not found.`);
    if (ticket.amountCents === null) return;
    const totals = await paymentTotals(tx, ticket.id);
    const balance = openBalance(ticket.amountCents, totals.paidCents, totals.writtenOffCents);
    if (balance <= 0) return;

    const [payment] = await tx
      .insert(payments)
      .values({
        ticketId: ticket.id,
        kind: "write_off",
        amountCents: balance,
        method: null,
        employeeId: payload.actorId,
        // The status change that wrote it off, as for payments taken with a change.
        eventId: payload.eventId,
        idempotencyKey: row.idempotencyKey,
      })
      .onConflictDoNothing({ target: payments.idempotencyKey })
      .returning({ id: payments.id });
    if (!payment) return; // written off by an earlier run of this row

    await appendTicketEvent(tx, ticket, payload.actorId, "balance_written_off", { amountCents: balance });
  },
};
