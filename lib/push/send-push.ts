import webpush from "web-push";
import type { VapidKeys } from "./vapid-keys";

export type PushTarget = { endpoint: string; p256dh: string; auth: string };
/** What the service worker shows: title, text, where a click leads, and a tag that replaces older ones. */
export type PushPayload = { title: string; body: string; url: string; tag: string };
/** gone: the browser dropped the subscription (404/410), so it is removed instead of retried. */
export type PushResult = "sent" | "gone";

export type PushSender = (target: PushTarget, payload: PushPayload) => Promise<PushResult>;

const TIMEOUT_MS = 10_000;
/** A day: a notification older than that tells of something long seen in the app. */
const TTL_SECONDS = 24 * 60 * 60;

/**
 * Encrypts the payload for one subscription (aes128gcm, RFC 8291) and signs the request with the
 * VAPID keys (RFC 8292); the request itself goes out with fetch, so it has a timeout.
 */
export function createPushSender(keys: VapidKeys): PushSender {
  return async (target, payload) => {
    const request = webpush.generateRequestDetails(
      { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
      JSON.stringify(payload),
      {
        vapidDetails: keys,
        contentEncoding: "aes128gcm",
        TTL: TTL_SECONDS,
        urgency: "normal",
        topic: payload.tag.replace(/[^A-Za-z0-9_-]/g, "").slice(0, 32),
      },
    );
    const response = await fetch(request.endpoint, {
      method: "POST",
      headers: request.headers as Record<string, string>,
      body: request.body ? new Uint8Array(request.body) : null,
      redirect: "error",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (response.status === 404 || response.status === 410) return "gone";
    if (!response.ok) throw new Error(`The push service answered ${response.status}.`);
    return "sent";
  };
}
