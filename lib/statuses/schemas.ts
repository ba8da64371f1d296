import { z } from "zod";
import { invalid } from "../errors";
import { MAX_CUSTOM_STATUSES, type StatusAction, statusActionsSchema } from "../workflow/status-actions";
import {
  allowsCustomStatuses,
  CATEGORY_LABELS,
  CLOSED_CATEGORIES,
  TICKET_CATEGORIES,
  type TicketCategory,
} from "../workflow/ticket-categories";

export const DUPLICATE_STATUS_NAME_MESSAGE = "A status with this name already exists.";
export const STATUS_LIMIT_MESSAGE = `You can have at most ${MAX_CUSTOM_STATUSES} custom statuses. Delete one you no longer use first.`;

export const duplicateStatusName = () =>
  invalid(DUPLICATE_STATUS_NAME_MESSAGE, { name: [DUPLICATE_STATUS_NAME_MESSAGE] });

const name = z
  .string({ message: "Enter a name." })
  .trim()
  .min(1, "Enter a name.")
  .max(60, "Keep the name under 60 characters.")
  // "Awaiting  parts" and "Awaiting parts" look the same in every menu: they are one name.
  .transform((value) => value.replace(/\s+/g, " "));
const color = z
  .string({ message: "Choose a colour." })
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "Choose a colour written as #rrggbb.")
  .transform((value) => value.toLowerCase());
const category = z.enum(TICKET_CATEGORIES, { message: "Choose a category." });
const statusId = z.uuid("Unknown status.");
const actions = statusActionsSchema.default([]);

export const createStatusSchema = z.object({ name, category, color, actions });
export type CreateStatusInput = z.input<typeof createStatusSchema>;

/** Omitting the category keeps it; system statuses may only send their own. */
export const updateStatusSchema = z.object({ statusId, name, color, category: category.optional(), actions });
export type UpdateStatusInput = z.input<typeof updateStatusSchema>;

export const reorderStatusSchema = z.object({
  statusId,
  direction: z.enum(["up", "down"], { message: "Choose up or down." }),
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
): string | null {
  if (to === status.category) return null;
  if (status.isSystem) return "System statuses always stay in their own category.";
  if (isClosed(status.category)) {
    return `A status in ${CATEGORY_LABELS[status.category]} cannot move to another category.`;
  }
  if (isClosed(to)) return `A status cannot move into ${CATEGORY_LABELS[to]}.`;
  if (!allowsCustomStatuses(to)) return `${CATEGORY_LABELS[to]} has no custom statuses.`;
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
export function statusFieldErrors(schema: z.ZodType, raw: unknown): Record<string, string[]> | null {
  const parsed = schema.safeParse(raw);
  return parsed.success ? null : fieldErrorsOf(parsed.error.issues, raw);
}

function fieldErrorsOf(issues: readonly z.core.$ZodIssue[], raw: unknown): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = statusErrorKey(issue.path, raw);
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
  }
  return fieldErrors;
}

/** Like parseInput, with the finer keys of statusErrorKey for the actions' templates. */
export function parseStatusInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw invalid("Please correct the highlighted fields.", fieldErrorsOf(parsed.error.issues, raw));
}
