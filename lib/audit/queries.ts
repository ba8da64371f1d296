import { and, desc, eq, gte, isNull, lt, type SQL, sql } from "drizzle-orm";
import { auditLog, users } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { msg } from "../i18n/msg";
import type { AuditAction, AuditTarget, AuditValues } from "./audit-actions";
import type { AuditFilters } from "./schemas";

export const AUDIT_PAGE_SIZE = 50;

export type AuditEntryRow = {
  id: number;
  at: Date;
  /** null: the command line. */
  actorName: string | null;
  action: AuditAction;
  targetType: AuditTarget;
  targetLabel: string;
  before: AuditValues | null;
  after: AuditValues | null;
};

/**
 * Newest first, a page at a time by keyset on the id (never OFFSET). `from` and `to` are whole
 * days in the server's time zone, `to` included.
 */
export async function listAuditEntries(
  { actor, db }: Ctx,
  filters: AuditFilters,
): Promise<{ entries: AuditEntryRow[]; nextBefore: number | null }> {
  if (actor.role !== "admin") throw forbidden(msg("errors.audit.onlyAdmins"));
  const where: SQL[] = [];
  if (filters.target) where.push(eq(auditLog.targetType, filters.target));
  if (filters.actor === "cli") where.push(isNull(auditLog.actorId));
  else if (filters.actor) where.push(eq(auditLog.actorId, filters.actor));
  if (filters.from) where.push(gte(auditLog.createdAt, sql`${filters.from}::date`));
  if (filters.to) where.push(lt(auditLog.createdAt, sql`${filters.to}::date + 1`));
  if (filters.before) where.push(lt(auditLog.id, filters.before));
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.createdAt,
      actorName: users.name,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetLabel: auditLog.targetLabel,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  const more = rows.length > AUDIT_PAGE_SIZE;
  const entries = more ? rows.slice(0, AUDIT_PAGE_SIZE) : rows;
  return { entries, nextBefore: more ? entries[entries.length - 1]!.id : null };
}

/** Everyone who can appear as "who": the admins, active or not (the command line is added by the page). */
export async function listAuditActors({ actor, db }: Ctx): Promise<{ id: string; name: string }[]> {
  if (actor.role !== "admin") throw forbidden(msg("errors.audit.onlyAdmins"));
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.role, "admin"))
    .orderBy(users.name);
}
