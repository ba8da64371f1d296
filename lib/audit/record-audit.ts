import type { Tx } from "@/db/client";
import { auditLog } from "@/db/schema";
import { type AuditAction, type AuditValues, auditTargetOf } from "./audit-actions";

export type AuditEntry = {
  /** null: the command line, not a person signed in. */
  actorId: string | null;
  action: AuditAction;
  targetId: string;
  targetLabel: string;
  before?: AuditValues | null;
  after?: AuditValues | null;
};

/**
 * Appends one entry inside the caller's transaction: the change and its record commit together or
 * not at all. Only the fields that differ are kept for an update, so the log shows what changed.
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  const [before, after] = changedOnly(entry.before ?? null, entry.after ?? null);
  // An update that changed nothing is no change: no entry (a save of the form as it was).
  if (entry.before && entry.after && Object.keys(after ?? {}).length === 0) return;
  await tx.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: auditTargetOf(entry.action),
    targetId: entry.targetId,
    targetLabel: entry.targetLabel,
    before,
    after,
  });
}

function changedOnly(
  before: AuditValues | null,
  after: AuditValues | null,
): [AuditValues | null, AuditValues | null] {
  if (!before || !after) return [before, after];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const b: Record<string, AuditValues[string]> = {};
  const a: Record<string, AuditValues[string]> = {};
  for (const key of keys) {
    if (JSON.stringify(before[key] ?? null) === JSON.stringify(after[key] ?? null)) continue;
    b[key] = before[key] ?? null;
    a[key] = after[key] ?? null;
  }
  return [b, a];
}
