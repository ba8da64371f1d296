import "server-only";
import { getActor, getRequestLocale } from "../auth/get-actor";
import type { Ctx } from "../context";
import { DomainError, forbidden, TooManyRequests } from "../errors";
import { msg } from "../i18n/msg";
import { translator } from "../i18n/translate";
import { getDb } from "./db";

const STATUS: Record<DomainError["code"], number> = {
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  not_allowed: 422,
  invalid: 400,
  unauthenticated: 401,
  too_many: 429,
};

/**
 * For POSTs a browser may send without a CORS preflight (sendBeacon, a plain form): only this
 * site's own pages may.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  const hosts = [request.headers.get("x-forwarded-host"), request.headers.get("host")].filter(Boolean);
  if (origin && !hosts.includes(new URL(origin).host)) throw forbidden(msg("errors.crossSite"));
}

/** Route handlers: authenticate, run, and map refusals to JSON with the right HTTP status. */
export async function withActor(run: (ctx: Ctx) => Promise<unknown>): Promise<Response> {
  const actor = await getActor();
  if (!actor) {
    const t = translator(await getRequestLocale());
    return Response.json({ code: "unauthenticated", message: t.t("errors.signInFirst") }, { status: 401 });
  }
  try {
    const body = await run({ actor, db: await getDb() });
    if (body === null) {
      const message = translator(actor.locale).t("errors.notFound.page");
      return Response.json({ code: "not_found", message }, { status: 404 });
    }
    return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (error instanceof DomainError) {
      const { message } = error.localized(actor.locale);
      const headers: HeadersInit =
        error instanceof TooManyRequests ? { "Retry-After": String(error.retryAfterSeconds) } : {};
      return Response.json({ code: error.code, message }, { status: STATUS[error.code], headers });
    }
    throw error;
  }
}
