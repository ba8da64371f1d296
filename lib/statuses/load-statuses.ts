import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { statuses } from "@/db/schema";
import type { StatusAction } from "../workflow/status-actions";
import { TICKET_CATEGORIES } from "../workflow/ticket-categories";
import type { StatusRef } from "../workflow/ticket-engine";

export type StatusRow = StatusRef & {
  readonly color: string;
  readonly isDefault: boolean;
  readonly position: number;
  readonly actions: readonly StatusAction[];
};

/** Every ticket status, archived ones included, in bar order. The table is tiny. */
export async function loadTicketStatuses(db: Db | Tx): Promise<StatusRow[]> {
  const rows = await db
    .select()
    .from(statuses)
    .where(eq(statuses.kind, "ticket"))
    .orderBy(asc(statuses.position), asc(statuses.createdAt));
  const order = (c: string) => (TICKET_CATEGORIES as readonly string[]).indexOf(c);
  rows.sort((a, b) => order(a.category) - order(b.category));
  return rows.map((row) => ({
    id: row.id,
    category: row.category,
    name: row.name,
    systemKey: row.systemKey,
    archived: row.archivedAt !== null,
    color: row.color,
    isDefault: row.isDefault,
    position: row.position,
    actions: row.actions,
    actionTypes: row.actions.map((a) => a.type),
  }));
}
