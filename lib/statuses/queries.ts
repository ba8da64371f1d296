import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { statuses } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden, notFound } from "../errors";
import { msg } from "../i18n/msg";
import { translator } from "../i18n/translate";
import { MAX_CUSTOM_STATUSES, type StatusAction } from "../workflow/status-actions";
import {
  allowsCustomStatuses,
  TICKET_CATEGORIES,
  type TicketCategory,
  ticketCategory,
} from "../workflow/ticket-categories";
import { statusName } from "./localize-statuses";
import { viewerStatusTicketCount } from "./status-ticket-count";

/** A status as the admins' status screen shows it. */
export type AdminStatus = {
  id: string;
  name: string;
  color: string;
  category: TicketCategory;
  isDefault: boolean;
  /** Defined by the system (workflow.md 2.1): renamed and recoloured, never deleted or moved. */
  isSystem: boolean;
  systemKey: string | null;
  archived: boolean;
  actions: StatusAction[];
  ticketCount: number;
};

export type AdminStatusGroup = {
  category: TicketCategory;
  allowsCustom: boolean;
  /** Active statuses in their order. */
  statuses: AdminStatus[];
  archived: AdminStatus[];
};

export type StatusAdminList = { groups: AdminStatusGroup[]; customCount: number; limit: number };

/** Every ticket status, grouped by category in bar order, with its ticket count. */
export async function listStatusesForAdmin({ actor, db }: Ctx): Promise<StatusAdminList> {
  if (actor.role !== "admin") throw forbidden(msg("errors.statuses.onlyAdmins"));
  const rows = await db
    .select({
      id: statuses.id,
      name: statuses.name,
      color: statuses.color,
      category: statuses.category,
      isDefault: statuses.isDefault,
      systemKey: statuses.systemKey,
      archivedAt: statuses.archivedAt,
      actions: statuses.actions,
      ticketCount: viewerStatusTicketCount(actor.id),
    })
    .from(statuses)
    .where(eq(statuses.kind, "ticket"))
    .orderBy(asc(statuses.position), asc(statuses.createdAt), asc(statuses.id));
  const t = translator(actor.locale);
  const all: AdminStatus[] = rows.map((row) => ({
    id: row.id,
    name: statusName(row, t),
    color: row.color,
    category: ticketCategory(row.category),
    isDefault: row.isDefault,
    isSystem: row.systemKey !== null,
    systemKey: row.systemKey,
    archived: row.archivedAt !== null,
    actions: row.actions,
    ticketCount: Number(row.ticketCount ?? 0),
  }));
  const groups = TICKET_CATEGORIES.map((category) => {
    const inCategory = all.filter((s) => s.category === category);
    return {
      category,
      allowsCustom: allowsCustomStatuses(category),
      statuses: inCategory.filter((s) => !s.archived),
      archived: inCategory.filter((s) => s.archived),
    };
  });
  const customCount = all.filter((s) => !s.isSystem && !s.archived).length;
  return { groups, customCount, limit: MAX_CUSTOM_STATUSES };
}

/** Custom ticket statuses that count against the limit: archived ones free their slot. */
export async function countCustomStatuses(db: Db | Tx): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(statuses)
    .where(and(eq(statuses.kind, "ticket"), isNull(statuses.systemKey), isNull(statuses.archivedAt)));
  return Number(row?.n ?? 0);
}

/** The position after the last status of a category (archived ones included, so none collide). */
export async function nextPosition(db: Db | Tx, category: TicketCategory): Promise<number> {
  const [row] = await db
    .select({ last: sql<number | null>`max(${statuses.position})` })
    .from(statuses)
    .where(and(eq(statuses.kind, "ticket"), eq(statuses.category, category)));
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

/** Whether another active ticket status already has this name, ignoring case. */
export async function nameTaken(db: Db | Tx, name: string, exceptId?: string): Promise<boolean> {
  const rows = await db
    .select({ id: statuses.id })
    .from(statuses)
    .where(
      and(
        eq(statuses.kind, "ticket"),
        isNull(statuses.archivedAt),
        eq(sql`lower(${statuses.name})`, name.toLowerCase()),
      ),
    );
  return rows.some((row) => row.id !== exceptId);
}

/** One ticket status, inside a transaction that holds lockStatusList. */
export async function findStatus(tx: Tx, statusId: string) {
  const [row] = await tx
    .select()
    .from(statuses)
    .where(and(eq(statuses.kind, "ticket"), eq(statuses.id, statusId)))
    .limit(1);
  if (!row) throw notFound(msg("errors.notFound.status"));
  return { ...row, category: ticketCategory(row.category) };
}

/**
 * Serialises every change to the status list (limit, names, order) across app instances. PGlite runs
 * one transaction at a time anyway; on PostgreSQL this is what stops two admins creating the 31st.
 */
export async function lockStatusList(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(727275)`);
}
