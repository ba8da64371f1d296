import "server-only";
import { authenticateToken } from "../api-tokens/authenticate-token";
import type { ApiScope } from "../api-tokens/schemas";
import type { Ctx } from "../context";
import { DomainError, forbidden, invalid, TooManyRequests } from "../errors";
import type { Locale } from "../i18n/locales";
import { msg } from "../i18n/msg";
import { translator } from "../i18n/translate";
import { getDb } from "../server/db";
import { completeKey, fingerprintOf, releaseKey, reserveKey } from "./idempotency";
import { domainProblem, problemOf, problemResponse } from "./problem";

export type ApiCtx = Ctx & {
  readonly tokenId: string;
  /** Handlers call it once their verb has committed: from then on a failure must not run it again. */
  changed(): void;
};
export type ApiInput<P> = {
  params: P;
  query: URLSearchParams;
  body: unknown;
  /** The version from If-Match, when the client sent one. */
  ifMatch: number | undefined;
};
export type ApiResult = { status?: number; body: unknown; headers?: Record<string, string> };
type Handler<P> = (ctx: ApiCtx, input: ApiInput<P>) => Promise<ApiResult>;

const JSON_HEADERS = { "Content-Type": "application/json", "Cache-Control": "private, no-store" };
const MAX_BODY = 256 * 1024;

/** `"3"`, `W/"3"` or `3`: the version the client last read. Anything else is refused, never ignored. */
export function parseIfMatch(header: string | null): number | undefined {
  if (header === null) return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!match) throw invalid(msg("errors.api.badIfMatch"));
  return Number(match[1]);
}

function bearerOf(request: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
  return match?.[1] ?? null;
}

function internalProblem(locale: Locale | undefined) {
  return {
    type: "urn:helpdesk:problem:internal",
    title: "Internal Server Error",
    status: 500,
    detail: translator(locale).t("errors.api.changedWithoutAnswer"),
  };
}

function unauthorized(): Response {
  const detail = translator("en").t("errors.api.badToken");
  return problemResponse(problemOf("unauthenticated", detail), { "WWW-Authenticate": 'Bearer realm="api"' });
}

async function readBody(request: Request): Promise<{ text: string; body: unknown }> {
  if (request.method === "GET" || request.method === "HEAD") return { text: "", body: undefined };
  const text = await request.text();
  if (text.length > MAX_BODY) throw invalid(msg("errors.api.bodyTooLarge"));
  if (text.trim() === "") return { text, body: {} };
  try {
    return { text, body: JSON.parse(text) };
  } catch {
    throw invalid(msg("errors.api.badJson"));
  }
}

const json = (result: ApiResult, extra: Record<string, string> = {}) => {
  const status = result.status ?? 200;
  const type = status >= 400 ? { "Content-Type": "application/problem+json" } : {};
  if (status === 204) return new Response(null, { status, headers: { ...result.headers, ...extra } });
  return new Response(JSON.stringify(result.body), {
    status,
    headers: { ...JSON_HEADERS, ...type, ...result.headers, ...extra },
  });
};

/**
 * The API's door: a bearer token stands for its owner (re-read on every request, like a session),
 * counted against its rate limit; a read-only token may only read. The handler parses and calls one
 * verb, which authorizes as it does for the pages. Refusals become RFC 9457 problem details, and a
 * POST with an Idempotency-Key answers a repeat with the first result.
 */
export function apiRoute<P = Record<string, never>>(scope: ApiScope, handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const db = await getDb();
    const secret = bearerOf(request);
    const owner = secret ? await authenticateToken(db, secret) : null;
    if (!owner) return unauthorized();
    const { actor, tokenId } = owner;
    let changed = false;
    const ctx: ApiCtx = {
      actor,
      db,
      tokenId,
      changed: () => {
        changed = true;
      },
    };
    let reservedKey: string | null = null;
    try {
      if (owner.retryAfterSeconds !== null) throw new TooManyRequests(owner.retryAfterSeconds * 1000);
      if (scope === "write" && !owner.scopes.includes("write"))
        throw forbidden(msg("errors.api.readOnlyToken"));
      const { text, body } = await readBody(request);
      const url = new URL(request.url);
      const key = request.method === "POST" ? request.headers.get("idempotency-key") : null;
      if (key !== null) {
        if (key.length === 0 || key.length > 255) throw invalid(msg("errors.api.badIdempotencyKey"));
        const reservation = await reserveKey(
          db,
          tokenId,
          key,
          fingerprintOf(request.method, url.pathname, text),
        );
        switch (reservation.kind) {
          case "replay":
            return json(
              { status: reservation.stored.status, body: reservation.stored.body },
              { "Idempotent-Replayed": "true" },
            );
          case "in_progress":
            throw new DomainError("conflict", msg("errors.api.idempotencyInProgress"));
          case "mismatch":
            throw new DomainError("not_allowed", msg("errors.api.idempotencyMismatch"));
          case "reserved":
            reservedKey = key;
        }
      }
      const ifMatch = parseIfMatch(request.headers.get("if-match"));
      const params = await context.params;
      let result: ApiResult;
      try {
        result = await handler(ctx, { params, query: url.searchParams, body, ifMatch });
      } catch (error) {
        if (error instanceof DomainError || !reservedKey) throw error;
        if (!changed) {
          // Nothing was changed by a request that failed on our side: its key is free for the retry.
          await releaseKey(db, tokenId, reservedKey).catch(() => {});
          throw error;
        }
        // The change was made but its answer failed: a repeat gets this answer, never a second change.
        console.error("API answer failed after its change was made", error);
        const failed = { status: 500, body: internalProblem(actor.locale) };
        await completeKey(db, tokenId, reservedKey, failed);
        return json(failed);
      }
      // From here the change is made: a failure to record it keeps the key reserved (a retry gets
      // 409 until the reservation lapses), never a second run.
      if (reservedKey)
        await completeKey(db, tokenId, reservedKey, { status: result.status ?? 200, body: result.body });
      return json(result);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const response = domainProblem(error, actor.locale);
      if (reservedKey) {
        // A refusal is the answer to this request: a repeat gets the same one, not a second try.
        await completeKey(db, tokenId, reservedKey, {
          status: response.status,
          body: await response.clone().json(),
        });
      }
      return response;
    }
  };
}
