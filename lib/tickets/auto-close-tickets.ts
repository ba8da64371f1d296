import { and, eq, lte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { statuses, tickets } from "@/db/schema";
import { DomainError } from "../errors";
import { loadDonePolicy } from "../settings/done-policy";
import { runTicketCommand } from "./run-ticket-command";

/** Closes done tickets the customer left unanswered for the policy's number of days. Returns how many. */
export async function autoCloseTickets(db: Db, now = new Date(), batch = 100): Promise<number> {
  const policy = await loadDonePolicy(db);
  if (policy.mode === "immediate" || policy.autoCloseAfterDays === null) return 0;
  const cutoff = new Date(now.getTime() - policy.autoCloseAfterDays * 24 * 60 * 60 * 1000);
  const due = await db
    .select({ id: tickets.id })
    .from(tickets)
    .innerJoin(statuses, eq(statuses.id, tickets.statusId))
    .where(and(eq(statuses.category, "done"), lte(tickets.statusChangedAt, cutoff)))
    .orderBy(tickets.statusChangedAt)
    .limit(batch);
  let closed = 0;
  for (const { id } of due) {
    try {
      await runTicketCommand({ db, actor: null }, { ticketId: id, expectedVersion: null }, () => ({
        type: "auto_close",
      }));
      closed++;
    } catch (error) {
      // Someone changed it meanwhile (rated, reopened): that answer wins.
      if (!(error instanceof DomainError)) throw error;
    }
  }
  return closed;
}
