import { notifyTicketEvent } from "../notifications/notify-ticket-event";
import type { OutboxHandler } from "./types";

/** Handlers per outbox topic, besides the in-app notifications every ticket event gets. */
const HANDLERS: Record<string, readonly OutboxHandler[]> = {};

/** Which handlers deliver an outbox topic. A topic with none is simply marked processed. */
export function handlersFor(topic: string): readonly OutboxHandler[] {
  const own = HANDLERS[topic] ?? [];
  return topic.startsWith("ticket.") ? [notifyTicketEvent, ...own] : own;
}
