import type { WorkItemKind } from "../workflow/work-item-kinds";

/** What an employee can choose to hear of, one row each on their profile (workflow.md 6). */
export const NOTIFICATION_EVENTS = [
  "ticket_offer",
  "ticket_assigned",
  "ticket_message",
  "ticket_status",
  "ticket_reopened",
  "ticket_closed",
  "video_session",
  "task_assigned",
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

/** The bell is always on; the other channels are chosen per event. */
export const NOTIFICATION_CHANNELS = ["in_app", "email", "push"] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];
export const OPTIONAL_CHANNELS = ["email", "push"] as const;
export type OptionalChannel = (typeof OPTIONAL_CHANNELS)[number];

/** Only what differs from the default (every channel on) is stored. */
export type NotificationPreferences = Partial<
  Record<NotificationEvent, Partial<Record<OptionalChannel, boolean>>>
>;

/** Which event a bell entry's kind belongs to; null for kinds only customers get. */
export function eventOfKind(subject: WorkItemKind, kind: string): NotificationEvent | null {
  switch (subject) {
    case "video_session":
      return kind.startsWith("session_") ? "video_session" : null;
    case "task":
      return kind === "task_assigned" ? "task_assigned" : null;
    case "ticket":
      switch (kind) {
        case "offer":
          return "ticket_offer";
        case "assigned":
          return "ticket_assigned";
        case "message":
          return "ticket_message";
        case "status":
        case "waiting":
          return "ticket_status";
        case "reopened":
          return "ticket_reopened";
        case "confirmed":
        case "rated":
          return "ticket_closed";
        default:
          return null;
      }
  }
}

export function wants(
  preferences: NotificationPreferences,
  event: NotificationEvent,
  channel: NotificationChannel,
): boolean {
  if (channel === "in_app") return true;
  return preferences[event]?.[channel] ?? true;
}

/** Keeps only known events and channels with a boolean: what a stored value or a form may hold. */
export function cleanPreferences(raw: unknown): NotificationPreferences {
  const clean: NotificationPreferences = {};
  if (!raw || typeof raw !== "object") return clean;
  for (const event of NOTIFICATION_EVENTS) {
    const row = (raw as Record<string, unknown>)[event];
    if (!row || typeof row !== "object") continue;
    for (const channel of OPTIONAL_CHANNELS) {
      const value = (row as Record<string, unknown>)[channel];
      if (typeof value === "boolean") clean[event] = { ...clean[event], [channel]: value };
    }
  }
  return clean;
}
