import type { MessageKey } from "../i18n/msg";
import type { Translator } from "../i18n/translate";
import { formatPayRate, type PayRate } from "../pay/pay-rate";
import { DONE_POLICY_MODES } from "../workflow/done-policy";
import { ROLES } from "../workflow/roles";
import { PAY_RATE_KINDS, STATUS_ACTION_TYPES } from "../workflow/status-actions";
import { TICKET_CATEGORIES } from "../workflow/ticket-categories";
import type { AuditRecord, AuditValue, AuditValues } from "./audit-actions";

export type ChangeLine = { field: string; before: string | null; after: string | null };

const FIELDS = [
  "name",
  "category",
  "color",
  "actions",
  "archived",
  "position",
  "email",
  "role",
  "active",
  "payRate",
  "responsibles",
  "mode",
  "autoCloseAfterDays",
] as const;
type Field = (typeof FIELDS)[number];

const isField = (key: string): key is Field => (FIELDS as readonly string[]).includes(key);
const among = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === "string" && (list as readonly string[]).includes(value);

/** One line per field an entry recorded, in the reader's language: "Role: Member → Moderator". */
export function describeChange(
  before: AuditValues | null,
  after: AuditValues | null,
  tr: Translator,
): ChangeLine[] {
  // jsonb keeps keys in its own order: show them in the order of the forms instead.
  const rank = (key: string) => (isField(key) ? FIELDS.indexOf(key) : FIELDS.length);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort(
    (a, b) => rank(a) - rank(b),
  );
  return keys.map((key) => ({
    field: isField(key) ? tr.t(`settings.audit.fields.${key}`) : key,
    before: before ? formatValue(key, before[key] ?? null, tr) : null,
    after: after ? formatValue(key, after[key] ?? null, tr) : null,
  }));
}

function formatValue(key: string, value: AuditValue, tr: Translator): string {
  if (value === null || value === "") return tr.t("settings.audit.none");
  if (typeof value === "boolean") return tr.t(value ? "settings.audit.yes" : "settings.audit.no");
  if (key === "role" && among(ROLES, value)) return tr.t(`workflow.roles.${value}`);
  if (key === "category" && among(TICKET_CATEGORIES, value)) return tr.t(`workflow.categories.${value}`);
  if (key === "mode" && among(DONE_POLICY_MODES, value)) return tr.t(`workflow.donePolicy.${value}`);
  if (key === "payRate" && isRecord(value)) return formatPayRate(payRateOf(value), tr);
  if (Array.isArray(value)) {
    if (value.length === 0) return tr.t("settings.audit.none");
    return value
      .map((item: string | AuditRecord) => (typeof item === "string" ? item : actionName(item, tr)))
      .join(", ");
  }
  if (isRecord(value)) return JSON.stringify(value);
  return String(value);
}

function isRecord(value: AuditValue): value is AuditRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function payRateOf(value: AuditRecord): PayRate | null {
  if (!among(PAY_RATE_KINDS, value.kind) || typeof value.value !== "number") return null;
  return { kind: value.kind, value: value.value };
}

function actionName(action: AuditRecord, tr: Translator): string {
  const key: MessageKey | null = among(STATUS_ACTION_TYPES, action.type)
    ? `workflow.actions.${action.type}`
    : null;
  return key ? tr.t(key) : String(action.type);
}
