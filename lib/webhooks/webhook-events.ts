/** What a webhook can subscribe to, shared by the settings form, the fan-out and the docs. */
export const WEBHOOK_EVENTS = [
  "ticket.created",
  "ticket.status_changed",
  "ticket.assigned",
  "ticket.rated",
  "message.created",
  "task.created",
  "task.status_changed",
  "video_session.created",
  "video_session.status_changed",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

const EVENT_KEYS = {
  "ticket.created": "ticket_created",
  "ticket.status_changed": "ticket_status_changed",
  "ticket.assigned": "ticket_assigned",
  "ticket.rated": "ticket_rated",
  "message.created": "message_created",
  "task.created": "task_created",
  "task.status_changed": "task_status_changed",
  "video_session.created": "video_session_created",
  "video_session.status_changed": "video_session_status_changed",
} as const satisfies Record<WebhookEvent, string>;

/** Catalog keys cannot hold dots: the event's label key. */
export const eventKey = (event: WebhookEvent) => EVENT_KEYS[event];

/** The outbox topic (`<kind>.<event>`) each webhook event is made from. */
const FROM_TOPIC: Record<string, WebhookEvent> = {
  "ticket.created": "ticket.created",
  "ticket.status_changed": "ticket.status_changed",
  "ticket.assignee_added": "ticket.assigned",
  "ticket.rated": "ticket.rated",
  "ticket.message_posted": "message.created",
  "task.created": "task.created",
  "task.status_changed": "task.status_changed",
  "video_session.created": "video_session.created",
  "video_session.status_changed": "video_session.status_changed",
};

export const webhookEventOf = (topic: string): WebhookEvent | null => FROM_TOPIC[topic] ?? null;

/**
 * When a failed delivery is tried again, after the first attempt (Standard Webhooks' schedule):
 * 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h — about a day and a quarter in all.
 */
export const RETRY_DELAYS_S = [5, 300, 1800, 7200, 18_000, 36_000, 36_000] as const;
export const MAX_DELIVERY_ATTEMPTS = RETRY_DELAYS_S.length + 1;
/** Beyond this a receiver counts as down for this attempt. */
export const DELIVERY_TIMEOUT_MS = 10_000;

/** Why an attempt failed: refused by the address guard, no answer in time, no connection, or a non-2xx answer. */
export const WEBHOOK_ERROR_KINDS = ["blocked", "timeout", "network", "http"] as const;
export type WebhookErrorKind = (typeof WEBHOOK_ERROR_KINDS)[number];
