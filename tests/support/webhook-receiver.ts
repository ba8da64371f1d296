import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export type Received = { id: string; timestamp: string; signature: string; body: string };

/**
 * A receiver on loopback: it records what arrives and answers with the next planned status
 * (200 once the plan is used up), optionally after a delay, to act as a slow or failing endpoint.
 */
export async function startWebhookReceiver() {
  const received: Received[] = [];
  const plan: { status: number; delayMs?: number }[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      body += chunk;
    });
    request.on("end", () => {
      received.push({
        id: String(request.headers["webhook-id"]),
        timestamp: String(request.headers["webhook-timestamp"]),
        signature: String(request.headers["webhook-signature"]),
        body,
      });
      const next = plan.shift() ?? { status: 200 };
      setTimeout(() => {
        if (response.destroyed) return;
        response.writeHead(next.status, { "content-type": "text/plain" });
        response.end(next.status < 300 ? "thanks" : "receiver broke");
      }, next.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    port,
    received,
    plan,
    /** Whether a message carries a valid signature for this secret (standardwebhooks' own check). */
    verifies(secret: string, message: Received): boolean {
      try {
        new Webhook(secret).verify(message.body, {
          "webhook-id": message.id,
          "webhook-timestamp": message.timestamp,
          "webhook-signature": message.signature,
        });
        return true;
      } catch {
        return false;
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
