import { createHmac, timingSafeEqual } from "node:crypto";

const signatureOf = (userId: string, secret: string) =>
  createHmac("sha256", secret).update(`unsubscribe:${userId}`).digest("base64url");

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The token of a recipient's unsubscribe link: their id signed with the server's secret, so the
 * link works without signing in (mail clients' one-click unsubscribe cannot sign in) and nobody
 * can unsubscribe someone else by guessing.
 */
export function unsubscribeTokenFor(userId: string, secret: string): string {
  return `${userId}.${signatureOf(userId, secret)}`;
}

/** The user a token was made for, or null for anything forged, cut short or malformed. */
export function userOfUnsubscribeToken(token: string, secret: string): string | null {
  const [userId, signature, ...rest] = token.split(".");
  if (!userId || !signature || rest.length > 0 || !UUID.test(userId)) return null;
  const expected = Buffer.from(signatureOf(userId, secret));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? userId : null;
}

export function unsubscribeUrl(appUrl: string, userId: string, secret: string): string {
  return `${appUrl.replace(/\/+$/, "")}/unsubscribe?token=${encodeURIComponent(unsubscribeTokenFor(userId, secret))}`;
}

/** The one-click address of RFC 8058 (List-Unsubscribe-Post), answered without a page. */
export function oneClickUnsubscribeUrl(appUrl: string, userId: string, secret: string): string {
  return `${appUrl.replace(/\/+$/, "")}/api/unsubscribe?token=${encodeURIComponent(unsubscribeTokenFor(userId, secret))}`;
}
