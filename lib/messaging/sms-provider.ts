import type { Env } from "../env";
import { createHttpSmsProvider } from "./http-sms-provider";

export type OutgoingSms = { to: string; text: string; idempotencyKey: string };

/**
 * - `http`: POSTs to the gateway of SMS_HTTP_URL.
 * - `local`: sends nothing; the outbound_messages row is the delivery (the log in Settings → SMS).
 */
export type SmsProvider = {
  readonly name: string;
  send(message: OutgoingSms): Promise<void>;
};

export const LOCAL_SMS_PROVIDER: SmsProvider = { name: "local", send: async () => {} };

type SmsEnv = Pick<Env, "SMS_HTTP_URL" | "SMS_HTTP_TOKEN">;

export function createSmsProvider({ SMS_HTTP_URL, SMS_HTTP_TOKEN }: SmsEnv): SmsProvider {
  if (!SMS_HTTP_URL) return LOCAL_SMS_PROVIDER;
  return createHttpSmsProvider({ url: SMS_HTTP_URL, token: SMS_HTTP_TOKEN });
}

export type SmsSetup = { kind: "http"; gateway: string } | { kind: "local" };

/** What the admins are told about the SMS setup: the gateway's host only (a path or query may hold a key). */
export function describeSmsSetup({ SMS_HTTP_URL }: SmsEnv): SmsSetup {
  if (!SMS_HTTP_URL) return { kind: "local" };
  const url = new URL(SMS_HTTP_URL);
  return { kind: "http", gateway: `${url.protocol}//${url.host}` };
}

/** The number as gateways expect it: digits and a leading +, without spaces, dashes or brackets. */
export function normalizePhone(phone: string): string {
  return phone.replace(/[\s\-()]/g, "");
}
