import type { SmsProvider } from "./sms-provider";

const TIMEOUT_MS = 10_000;

/**
 * A generic HTTP SMS gateway: POST JSON {to, text} with a Bearer token. The Idempotency-Key header
 * lets a gateway that supports it drop a message sent again after a crash.
 */
export function createHttpSmsProvider({
  url,
  token,
  timeoutMs = TIMEOUT_MS,
}: {
  url: string;
  token?: string | undefined;
  timeoutMs?: number;
}): SmsProvider {
  return {
    name: "http",
    async send({ to, text, idempotencyKey }) {
      const headers: Record<string, string> = {
        "Content-Type": "application/json",
        "Idempotency-Key": idempotencyKey,
      };
      if (token) headers.Authorization = `Bearer ${token}`;
      const response = await fetch(url, {
        method: "POST",
        headers,
        body: JSON.stringify({ to, text }),
        signal: AbortSignal.timeout(timeoutMs),
      }).catch((error: unknown) => {
        if ((error as Error)?.name === "TimeoutError") {
          throw new Error(`The SMS gateway did not answer within ${timeoutMs / 1000} s.`);
        }
        throw new Error(`The SMS gateway could not be reached: ${(error as Error)?.message ?? error}`);
      });
      if (!response.ok) {
        const detail = (await response.text().catch(() => "")).slice(0, 200);
        throw new Error(
          `The SMS gateway answered ${response.status} ${response.statusText}${detail ? `: ${detail}` : ""}`.trim(),
        );
      }
      // Drain the body so the connection can be reused.
      await response.arrayBuffer().catch(() => undefined);
    },
  };
}
