/**
 * One simulated browser: a cookie jar, Auth.js credentials sign-in, JSON reads and server actions
 * posted the way React's client posts them (Next-Action header, the arguments as the request body).
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

const TIMEOUT_MS = 30_000;
/** What handleServerError (lib/server/action-client.ts) answers for an unexpected failure. */
const GENERIC_ERROR = "Something went wrong. Please try again.";

export type Answer = { status: number; ms: number; text: string };
export type ActionOutcome =
  | { kind: "accepted"; data: unknown; ms: number }
  | { kind: "refused"; code: string; ms: number }
  | { kind: "error"; detail: string; ms: number };

/** Action ids by exported name, from the build's manifest (`app/actions/tickets.ts#changeStatusAction`). */
export function readActionIds(appDir: string): Map<string, string> {
  const file = path.join(appDir, ".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename && entry.exportedName) ids.set(`${entry.filename}#${entry.exportedName}`, id);
  }
  return ids;
}

/** The value of a React Flight row (`<hex id>:<json>`), following one `$@n` reference. */
function flightValue(text: string): unknown {
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  const root = JSON.parse(rows.get("0") ?? "null") as { a?: unknown } | null;
  const a = root?.a;
  if (typeof a === "string" && a.startsWith("$@")) return JSON.parse(rows.get(a.slice(2)) ?? "null");
  return a;
}

export class HttpClient {
  private cookies = new Map<string, string>();

  constructor(
    readonly base: string,
    readonly address: string,
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    // Each user comes from its own address, as real users do: the per-address limits stay per user.
    return {
      "accept-language": "en",
      "x-forwarded-for": this.address,
      ...(cookie ? { cookie } : {}),
      ...extra,
    };
  }

  private keep(response: Response): void {
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const eq = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
  }

  async request(pathname: string, init: RequestInit = {}): Promise<Answer> {
    const t0 = performance.now();
    const response = await fetch(this.base + pathname, {
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
      ...init,
      headers: this.headers(init.headers as Record<string, string>),
    });
    this.keep(response);
    const text = await response.text();
    return { status: response.status, ms: performance.now() - t0, text };
  }

  async json<T>(pathname: string): Promise<{ answer: Answer; body: T | null }> {
    const answer = await this.request(pathname);
    return { answer, body: answer.status === 200 ? (JSON.parse(answer.text) as T) : null };
  }

  /** Auth.js credentials sign-in; true when a session cookie came back. */
  async signIn(email: string, password: string): Promise<Answer & { ok: boolean }> {
    const csrf = await this.request("/api/auth/csrf");
    const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
    const answer = await this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password }),
    });
    const ok = [...this.cookies.keys()].some((k) => k.endsWith("session-token"));
    return { ...answer, ms: csrf.ms + answer.ms, ok };
  }

  /** Posts a server action to the page that renders it, as the browser does. */
  async action(page: string, actionId: string, args: unknown[]): Promise<ActionOutcome> {
    const t0 = performance.now();
    try {
      const answer = await this.request(page, {
        method: "POST",
        headers: {
          accept: "text/x-component",
          "content-type": "text/plain;charset=UTF-8",
          "next-action": actionId,
          origin: this.base,
        },
        body: JSON.stringify(args),
      });
      if (answer.status !== 200) return { kind: "error", detail: `HTTP ${answer.status}`, ms: answer.ms };
      const result = flightValue(answer.text) as {
        data?: unknown;
        serverError?: { code: string; message: string };
        validationErrors?: unknown;
      } | null;
      if (result && "data" in result) return { kind: "accepted", data: result.data, ms: answer.ms };
      const err = result?.serverError;
      if (err && err.message !== GENERIC_ERROR && err.code !== "unauthenticated") {
        return { kind: "refused", code: err.code, ms: answer.ms };
      }
      return { kind: "error", detail: JSON.stringify(result).slice(0, 200), ms: answer.ms };
    } catch (error) {
      return { kind: "error", detail: String((error as Error).message), ms: performance.now() - t0 };
    }
  }
}
