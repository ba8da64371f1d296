import { newNonce } from "@/lib/security/headers";

export const dynamic = "force-dynamic";

/**
 * The interactive reference (Scalar), served from this origin: no third-party script, fonts or
 * request proxy, under a policy that allows only its own bundle and this page's nonce.
 */
export function GET() {
  const nonce = newNonce();
  const config = JSON.stringify({
    url: "/api/v1/openapi.json",
    withDefaultFonts: false,
    hideClientButton: true,
    telemetry: false,
    persistAuth: false,
    // Its AI agent searches a registry through proxy.scalar.com: nothing may leave this server.
    agent: { disabled: true },
    // Its toolbar offers sharing and deploying through scalar.com.
    showDeveloperTools: "never",
  });
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Helpdesk API reference</title>
  </head>
  <body>
    <div id="app"></div>
    <script src="/api/v1/docs/scalar.js" nonce="${nonce}"></script>
    <script nonce="${nonce}">Scalar.createApiReference("#app", ${config});</script>
  </body>
</html>`;
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
  return new Response(html, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": csp },
  });
}
