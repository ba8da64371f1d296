import { env } from "../env";

/** The push services of the browsers in use: Chrome, Edge, Opera and Brave (FCM, WNS), Firefox, Safari. */
const PUSH_SERVICE_HOSTS = ["fcm.googleapis.com", "android.googleapis.com", "web.push.apple.com"];
const PUSH_SERVICE_DOMAINS = [".notify.windows.com", ".push.services.mozilla.com", ".push.apple.com"];

/**
 * Whether the server may post to this address: the server sends to whatever a browser hands it,
 * so only the known push services over HTTPS on their standard port, plus the prefixes an operator
 * lists in PUSH_ALLOWED_ENDPOINTS (a self-hosted push service, or one on loopback in tests).
 * Anything else (an internal host, a metadata address) is refused.
 */
export function isPushEndpoint(
  raw: string,
  allowed: readonly string[] = env().PUSH_ALLOWED_ENDPOINTS,
): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (allowed.some((prefix) => raw.startsWith(prefix))) return true;
  if (url.protocol !== "https:" || url.port !== "") return false;
  const host = url.hostname.toLowerCase();
  return PUSH_SERVICE_HOSTS.includes(host) || PUSH_SERVICE_DOMAINS.some((domain) => host.endsWith(domain));
}
