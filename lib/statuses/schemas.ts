import { z } from "zod";
import { type Msg, msg, validation } from "../i18n/msg";
import { issueFieldMsgs } from "../i18n/zod-issues";
import { statusActionsSchema } from "../workflow/status-action-schemas";
import { MAX_CUSTOM_STATUSES, type StatusAction } from "../workflow/status-actions";
import {
  allowsCustomStatuses,
  CLOSED_CATEGORIES,
  categoryMsg,
  TICKET_CATEGORIES,
  type TicketCategory,
} from "../workflow/ticket-categories";

export const STATUS_LIMIT_MESSAGE = msg("errors.statuses.limit", { max: MAX_CUSTOM_STATUSES });

const name = z
  .string({ message: validation("nameRequired") })
  .trim()
  .min(1, validation("nameRequired"))
  .max(60, validation("nameMax60"))
  // "Awaiting  parts" and "Awaiting parts" look the same in every menu: they are one name.
  .transform((value) => value.replace(/\s+/g, " "));
const color = z
  .string({ message: validation("color") })
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, validation("colorFormat"))
  .transform((value) => value.toLowerCase());
const category = z.enum(TICKET_CATEGORIES, { message: validation("category") });
const statusId = z.uuid(validation("unknownStatus"));
const actions = statusActionsSchema.default([]);

export const createStatusSchema = z.object({ name, category, color, actions });
export type CreateStatusInput = z.input<typeof createStatusSchema>;

/** Omitting the category keeps it; system statuses may only send their own. */
export const updateStatusSchema = z.object({ statusId, name, color, category: category.optional(), actions });
export type UpdateStatusInput = z.input<typeof updateStatusSchema>;

export const reorderStatusSchema = z.object({
  statusId,
  direction: z.enum(["up", "down"], { message: validation("direction") }),
});
export type ReorderStatusInput = z.input<typeof reorderStatusSchema>;

export const statusRefSchema = z.object({ statusId });
export type StatusRefInput = z.input<typeof statusRefSchema>;

const isClosed = (category: TicketCategory) =>
  (CLOSED_CATEGORIES as readonly TicketCategory[]).includes(category);

/**
 * Why a status may not move from one category to another, or null when it may (workflow.md 2.5).
 * Shared with the edit form, which offers only the categories this allows.
 */
export function categoryMoveRefusal(
  status: { isSystem: boolean; category: TicketCategory },
  to: TicketCategory,
): Msg | null {
  if (to === status.category) return null;
  if (status.isSystem) return msg("errors.statuses.systemStaysInCategory");
  if (isClosed(status.category)) {
    return msg("errors.statuses.closedCannotMove", { category: categoryMsg(status.category) });
  }
  if (isClosed(to)) return msg("errors.statuses.cannotMoveInto", { category: categoryMsg(to) });
  if (!allowsCustomStatuses(to))
    return msg("errors.statuses.noCustomStatuses", { category: categoryMsg(to) });
  return null;
}

/**
 * The form key of a problem: the top-level field, or for a template `actions.<type>.<field>`
 * (`actions.email_customer.subject`), so each message appears next to its own textbox.
 */
export function statusErrorKey(path: readonly PropertyKey[], raw: unknown): string {
  if (path.length === 0) return "_form";
  const [first, index, field] = path;
  if (first === "actions" && typeof index === "number" && field !== undefined) {
    const list = (raw as { actions?: unknown } | null)?.actions;
    const type = Array.isArray(list) ? (list[index] as Partial<StatusAction> | undefined)?.type : undefined;
    if (typeof type === "string") return `actions.${type}.${String(field)}`;
  }
  return String(first);
}

/** Problems of a status form, keyed by statusErrorKey; null when the input is valid. */
export function statusFieldErrors(schema: z.ZodType, raw: unknown): Record<string, Msg[]> | null {
  const parsed = schema.safeParse(raw);
  return parsed.success ? null : fieldErrorsOf(parsed.error.issues, raw);
}

export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[], raw: unknown): Record<string, Msg[]> {
  return issueFieldMsgs(issues, (issue) => statusErrorKey(issue.path, raw));
}
