import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";

/** `whsec_` + 24 random bytes in base64, as Standard Webhooks' libraries expect. */
export const newWebhookSecret = () => `whsec_${randomBytes(24).toString("base64")}`;

/** The three headers of a Standard Webhooks message; the signature covers id, timestamp and body. */
export function signedHeaders(secret: string, messageId: string, body: string, at = new Date()) {
  const signature = new Webhook(secret).sign(messageId, at, body);
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": signature,
  };
}
