import { appUrl, env } from "../env";
import type { OutboxHandler } from "../outbox/types";
import { renderTemplate } from "../workflow/status-actions";
import { deliverOnce, markUndelivered, recordUndeliverable } from "./deliver-once";
import { createSmsProvider, normalizePhone, type SmsProvider } from "./sms-provider";
import { loadStatusMessageContext, type StatusActionPayload } from "./status-message";

export type StatusSmsDeps = { provider: () => SmsProvider; appUrl: () => string };

export const NO_PHONE_MESSAGE = "The customer has no phone number.";

let processProvider: SmsProvider | undefined;
const defaults: StatusSmsDeps = {
  // Made on first use, from the environment: nothing is read at import (or build) time.
  provider: () => {
    processProvider ??= createSmsProvider(env());
    return processProvider;
  },
  appUrl,
};

/**
 * The "SMS to the customer" action of a status (workflow.md 2.5): renders the status' template for
 * the ticket's customer and sends it once per entry into the status. A customer without a phone
 * number gets a failed record (shown in Settings → SMS) instead of endless retries.
 */
export function createSendStatusSms(deps: Partial<StatusSmsDeps> = {}): OutboxHandler {
  const { provider: getProvider, appUrl } = { ...defaults, ...deps };
  return {
    mode: "external",
    async run(db, row) {
      const payload = row.payload as StatusActionPayload;
      if (payload.action.type !== "sms_customer") return;
      const context = await loadStatusMessageContext(db, payload, appUrl());
      if (!context) return; // internal ticket, or not a customer's: customers are never told
      const provider = getProvider();
      const draft = {
        channel: "sms" as const,
        idempotencyKey: `${row.idempotencyKey}:sms`,
        ticketId: payload.ticketId,
        recipient: context.customer.phone ? normalizePhone(context.customer.phone) : "",
        subject: null,
        body: renderTemplate(payload.action.body, context.values),
        provider: provider.name,
      };
      if (!draft.recipient) {
        await recordUndeliverable(db, draft, NO_PHONE_MESSAGE);
        return;
      }
      await deliverOnce(
        db,
        draft,
        (message) =>
          provider.send({
            to: message.recipient,
            text: message.body,
            idempotencyKey: message.idempotencyKey,
          }),
        { local: provider.name === "local" },
      );
    },
    giveUp: (db, row, reason) => markUndelivered(db, `${row.idempotencyKey}:sms`, reason),
  };
}

export const sendStatusSms = createSendStatusSms();
