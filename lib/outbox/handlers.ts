import { notifyTicketEvent } from "../notifications/notify-ticket-event";
import type { OutboxHandler } from "./types";

/** Which handlers deliver an outbox topic. A topic with none is simply marked processed. */
export function handlersFor(topic: string): readonly OutboxHandler[] {
  if (topic.startsWith("ticket.")) return [notifyTicketEvent];
  return [];
}
