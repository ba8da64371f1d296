import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/security/headers";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
// The service worker too: a browser may fetch it for an update without the session cookie.
const PUBLIC_PATHS = ["/login", "/register", "/forgot-password", "/reset-password", "/unsubscribe", "/sw.js"];

const isHttps = (request: NextRequest) =>
  request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";

function withHeaders(response: NextResponse, request: NextRequest, csp: string | null): NextResponse {
  for (const [name, value] of Object.entries(securityHeaders({ https: isHttps(request) }))) {
    response.headers.set(name, value);
  }
  if (csp) response.headers.set("Content-Security-Policy", csp);
  return response;
}

/**
 * Security headers on every response, a fresh CSP nonce for every page (Next.js reads it from the
 * request's policy and puts it on its own scripts), and an optimistic redirect to sign in: pages,
 * actions and routes still authorize themselves.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/")) {
    return withHeaders(NextResponse.next(), request, null);
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!isPublic && !hasSession) {
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = pathname === "/" ? "" : `?next=${encodeURIComponent(pathname + search)}`;
    return withHeaders(NextResponse.redirect(url), request, csp);
  }
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  return withHeaders(NextResponse.next({ request: { headers } }), request, csp);
}

export const config = {
  // Everything but built assets and icons; API routes get the headers without a nonce or a redirect.
  // Not the upload route: with a proxy, Next.js buffers a request's body in memory (up to 10 MB,
  // cutting the rest), and uploads must stream. That route sets the same headers itself.
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|icon.svg|apple-icon.png|icon-192.png|icon-512.png|manifest.webmanifest|api/tickets/[^/]+/attachments$).*)",
  ],
};
