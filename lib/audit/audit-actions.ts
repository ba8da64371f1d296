/** What the audit log records: one entry per admin change, shared by the writer, the filters and the page. */
export const AUDIT_TARGETS = [
  "status",
  "user",
  "asset",
  "setting",
  "flow",
  "assistant",
  "ticket",
  "webhook",
] as const;
export type AuditTarget = (typeof AUDIT_TARGETS)[number];

export const AUDIT_ACTIONS = [
  "status.created",
  "status.updated",
  "status.archived",
  "status.reordered",
  "user.created",
  "user.role_changed",
  "user.disabled",
  "user.enabled",
  "user.unlocked",
  "user.pay_rate_changed",
  "asset.created",
  "asset.updated",
  "asset.code_regenerated",
  "setting.done_policy_changed",
  "flow.created",
  "flow.updated",
  "flow.archived",
  "assistant.button_created",
  "assistant.button_updated",
  "assistant.button_removed",
  "assistant.buttons_reordered",
  "ticket.draft_removed",
  "webhook.created",
  "webhook.updated",
  "webhook.deleted",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditTargetOf<A extends AuditAction> = A extends `${infer T}.${string}` ? T : never;

export function auditTargetOf(action: AuditAction): AuditTarget {
  return action.slice(0, action.indexOf(".")) as AuditTarget;
}

/** A snapshot of the fields a change touched; values are plain JSON so the page can show them. */
export type AuditValue =
  | string
  | number
  | boolean
  | null
  | AuditRecord
  | readonly string[]
  | readonly AuditRecord[];
export type AuditRecord = { readonly [field: string]: string | number | boolean | null };
export type AuditValues = { readonly [field: string]: AuditValue };
