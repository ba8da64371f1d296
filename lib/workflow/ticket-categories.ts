import { type Msg, msg } from "../i18n/msg";

/** Fixed ticket status categories (workflow.md 2.1), in status-bar order. */
export const TICKET_CATEGORIES = [
  "draft",
  "open",
  "assigned",
  "in_progress",
  "waiting_customer",
  "on_hold",
  "done",
  "closed",
  "closed_unsuccessful",
  "cancelled",
] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

export const TICKET_STEPS = [
  "Draft",
  "Open",
  "Assigned",
  "In Progress",
  "Done",
  "Closed",
  "Cancelled",
] as const;
export type TicketStep = (typeof TICKET_STEPS)[number];

export const CATEGORY_LABELS: Record<TicketCategory, string> = {
  draft: "Draft",
  open: "Open",
  assigned: "Assigned",
  in_progress: "In Progress",
  waiting_customer: "Awaiting customer",
  on_hold: "On hold",
  done: "Done",
  closed: "Closed",
  closed_unsuccessful: "Closed unsuccessfully",
  cancelled: "Cancelled",
};

/** Catalog keys of the bar steps (workflow.steps.*). */
export const STEP_KEYS = {
  Draft: "draft",
  Open: "open",
  Assigned: "assigned",
  "In Progress": "inProgress",
  Done: "done",
  Closed: "closed",
  Cancelled: "cancelled",
} as const satisfies Record<TicketStep, string>;

export const categoryMsg = (category: TicketCategory): Msg => msg(`workflow.categories.${category}`);
export const stepMsg = (step: TicketStep): Msg => msg(`workflow.steps.${STEP_KEYS[step]}`);

export function stepOf(category: TicketCategory): TicketStep {
  switch (category) {
    case "draft":
      return "Draft";
    case "open":
      return "Open";
    case "assigned":
      return "Assigned";
    case "in_progress":
    case "waiting_customer":
    case "on_hold":
      return "In Progress";
    case "done":
      return "Done";
    case "closed":
    case "closed_unsuccessful":
      return "Closed";
    case "cancelled":
      return "Cancelled";
  }
}

/** What a code user is shown instead of a status name: the bar step (workflow.md 2.3). */
export function customerLabel(category: TicketCategory): TicketStep {
  return stepOf(category);
}

export const CUSTOM_STATUS_CATEGORIES = [
  "in_progress",
  "waiting_customer",
  "on_hold",
  "done",
  "closed",
  "closed_unsuccessful",
] as const satisfies readonly TicketCategory[];

export function allowsCustomStatuses(category: TicketCategory): boolean {
  return (CUSTOM_STATUS_CATEGORIES as readonly TicketCategory[]).includes(category);
}

export const WORK_CATEGORIES = [
  "in_progress",
  "waiting_customer",
  "on_hold",
] as const satisfies readonly TicketCategory[];
/** assigned … done in bar order. */
export const ACTIVE_CATEGORIES = [
  "assigned",
  "in_progress",
  "waiting_customer",
  "on_hold",
  "done",
] as const satisfies readonly TicketCategory[];
export const CLOSED_CATEGORIES = [
  "closed",
  "closed_unsuccessful",
] as const satisfies readonly TicketCategory[];
export const PAUSED_CATEGORIES = ["waiting_customer", "on_hold"] as const satisfies readonly TicketCategory[];

/** Categories in which customers may still act (message, rate, reopen): open … done. */
export function customerMayAct(category: TicketCategory): boolean {
  return category === "open" || (ACTIVE_CATEGORIES as readonly TicketCategory[]).includes(category);
}

/** Stable keys of the system statuses seeded by the first migration. */
export const SYSTEM_STATUSES = [
  { key: "draft", category: "draft", name: "Draft", color: "#94a3b8", isDefault: true },
  { key: "open", category: "open", name: "Open", color: "#3b82f6", isDefault: true },
  { key: "assigned", category: "assigned", name: "Assigned", color: "#6366f1", isDefault: true },
  { key: "reopened", category: "assigned", name: "Reopened", color: "#a855f7", isDefault: false },
  { key: "in_progress", category: "in_progress", name: "In Progress", color: "#f59e0b", isDefault: true },
  {
    key: "waiting_customer",
    category: "waiting_customer",
    name: "Awaiting customer",
    color: "#eab308",
    isDefault: true,
  },
  { key: "on_hold", category: "on_hold", name: "On hold", color: "#f97316", isDefault: true },
  { key: "done", category: "done", name: "Done", color: "#22c55e", isDefault: true },
  { key: "closed", category: "closed", name: "Closed", color: "#15803d", isDefault: true },
  {
    key: "closed_unsuccessful",
    category: "closed_unsuccessful",
    name: "Closed unsuccessfully",
    color: "#64748b",
    isDefault: true,
  },
  { key: "cancelled", category: "cancelled", name: "Cancelled", color: "#ef4444", isDefault: true },
] as const satisfies readonly {
  key: string;
  category: TicketCategory;
  name: string;
  color: string;
  isDefault: boolean;
}[];
export type SystemStatusKey = (typeof SYSTEM_STATUSES)[number]["key"];

/**
 * A status' name for the reader: a system status still under its default name is said in the
 * reader's language; a renamed or custom status keeps the name the admins gave it.
 */
export function statusLabel(status: {
  readonly name: string;
  readonly systemKey: string | null;
}): string | Msg {
  const system = SYSTEM_STATUSES.find((s) => s.key === status.systemKey);
  return system && system.name === status.name ? msg(`workflow.systemStatuses.${system.key}`) : status.name;
}

export const VISIBILITIES = ["internal", "public"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const OFFER_STATES = ["pending", "accepted", "declined", "withdrawn"] as const;
export type OfferState = (typeof OFFER_STATES)[number];

/** A status row's category read where only ticket statuses are selected (statuses hold every kind). */
export function ticketCategory(category: string): TicketCategory {
  if (!(TICKET_CATEGORIES as readonly string[]).includes(category)) {
    throw new Error(`"${category}" is not a ticket status category`);
  }
  return category as TicketCategory;
}
