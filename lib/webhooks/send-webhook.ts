import http from "node:http";
import https from "node:https";
import { env } from "../env";
import { assertAllowedHost, BlockedAddressError, guardedLookup } from "./address-guard";
import { signedHeaders } from "./sign-webhook";
import { DELIVERY_TIMEOUT_MS, type WebhookErrorKind } from "./webhook-events";

export type SendResult = {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  /** The start of the receiver's answer, for the delivery log. */
  response: string;
  error: string | null;
  errorKind: WebhookErrorKind | null;
};

export type SendWebhook = (
  target: { url: string; secret: string },
  message: { id: string; body: string },
  options?: { timeoutMs?: number; allowPrivate?: boolean },
) => Promise<SendResult>;

const EXCERPT = 500;
const TIMED_OUT = new Error("No answer in time");

/**
 * One signed POST. Redirects are not followed (a 3xx is a failure), the whole exchange has a
 * timeout, and the address connected to must be public unless WEBHOOK_ALLOW_PRIVATE=1.
 */
export const sendWebhook: SendWebhook = (target, message, options = {}) => {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const allowPrivate = options.allowPrivate ?? env().WEBHOOK_ALLOW_PRIVATE;
  return new Promise((resolve) => {
    let timedOut = false;
    const fail = (error: unknown, statusCode: number | null = null) =>
      resolve({
        ok: false,
        statusCode,
        durationMs: elapsed(),
        response: "",
        error: error instanceof Error ? error.message : String(error),
        errorKind: error instanceof BlockedAddressError ? "blocked" : timedOut ? "timeout" : "network",
      });
    let url: URL;
    try {
      url = new URL(target.url);
      assertAllowedHost(url.hostname, allowPrivate);
    } catch (error) {
      return fail(error);
    }
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(
      url,
      {
        method: "POST",
        lookup: guardedLookup(allowPrivate) as never,
        headers: {
          "content-type": "application/json",
          "user-agent": "Helpdesk-Webhooks/1",
          ...signedHeaders(target.secret, message.id, message.body),
        },
        timeout: options.timeoutMs ?? DELIVERY_TIMEOUT_MS,
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          if (text.length < EXCERPT) text += chunk;
        });
        response.on("end", () => {
          const statusCode = response.statusCode ?? 0;
          resolve({
            ok: statusCode >= 200 && statusCode < 300,
            statusCode,
            durationMs: elapsed(),
            response: text.slice(0, EXCERPT),
            error: statusCode >= 200 && statusCode < 300 ? null : `HTTP ${statusCode}`,
            errorKind: statusCode >= 200 && statusCode < 300 ? null : "http",
          });
        });
        response.on("error", (error) => fail(error, response.statusCode ?? null));
      },
    );
    const giveUp = () => {
      timedOut = true;
      request.destroy(TIMED_OUT);
    };
    const deadline = setTimeout(giveUp, options.timeoutMs ?? DELIVERY_TIMEOUT_MS);
    request.on("timeout", giveUp);
    request.on("error", (error) => fail(error));
    request.on("close", () => clearTimeout(deadline));
    request.end(message.body);
  });
};
