import { sendCreationConfirmation } from "../messaging/send-creation-confirmation";
import { sendPasswordReset } from "../messaging/send-password-reset";
import { sendSessionEmail } from "../messaging/send-session-email";
import { sendStatusEmail } from "../messaging/send-status-email";
import { sendStatusSms } from "../messaging/send-status-sms";
import { deliverDigest } from "../notifications/deliver-digest";
import { notifySessionEvent } from "../notifications/notify-session-event";
import { notifyTaskEvent } from "../notifications/notify-task-event";
import { notifyTicketEvent } from "../notifications/notify-ticket-event";
import { DIGEST_TOPIC } from "../notifications/queue-deliveries";
import { calculatePay } from "../pay/calculate-pay";
import { reversePayOnReopen } from "../pay/reverse-pay-on-reopen";
import { writeOffBalance } from "../payments/write-off-balance";
import { PASSWORD_RESET_TOPIC } from "../users/request-password-reset";
import { WEBHOOK_DISABLED_TOPIC } from "../webhooks/disable-failing-webhook";
import { queueWebhookDeliveries } from "../webhooks/queue-webhook-deliveries";
import { sendWebhookDisabledNotice } from "../webhooks/send-webhook-disabled-notice";
import type { OutboxHandler } from "./types";

/** Handlers per outbox topic, besides the in-app notifications every ticket event gets. */
const HANDLERS: Record<string, readonly OutboxHandler[]> = {
  "status_action.email_customer": [sendStatusEmail],
  "status_action.sms_customer": [sendStatusSms],
  "status_action.write_off": [writeOffBalance],
  "status_action.calculate_pay": [calculatePay],
  [PASSWORD_RESET_TOPIC]: [sendPasswordReset],
  [DIGEST_TOPIC]: [deliverDigest],
  [WEBHOOK_DISABLED_TOPIC]: [sendWebhookDisabledNotice],
  "ticket.created": [sendCreationConfirmation],
  "ticket.status_changed": [reversePayOnReopen],
  "video_session.created": [sendSessionEmail],
  "video_session.status_changed": [sendSessionEmail],
};

/** Which handlers deliver an outbox topic. A topic with none is simply marked processed. */
export function handlersFor(topic: string): readonly OutboxHandler[] {
  const own = HANDLERS[topic] ?? [];
  if (topic.startsWith("ticket.")) return [notifyTicketEvent, ...own, queueWebhookDeliveries];
  if (topic.startsWith("task.")) return [notifyTaskEvent, ...own, queueWebhookDeliveries];
  if (topic.startsWith("video_session.")) return [notifySessionEvent, ...own, queueWebhookDeliveries];
  return own;
}
