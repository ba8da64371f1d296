import "server-only";
import { getActor } from "../auth/get-actor";
import type { Ctx } from "../context";
import { DomainError } from "../errors";
import { getDb } from "./db";

const STATUS: Record<DomainError["code"], number> = {
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  not_allowed: 422,
  invalid: 400,
  unauthenticated: 401,
};

/** Route handlers: authenticate, run, and map refusals to JSON with the right HTTP status. */
export async function withActor(run: (ctx: Ctx) => Promise<unknown>): Promise<Response> {
  const actor = await getActor();
  if (!actor) return Response.json({ code: "unauthenticated", message: "Please sign in." }, { status: 401 });
  try {
    const body = await run({ actor, db: await getDb() });
    if (body === null) return Response.json({ code: "not_found", message: "Not found." }, { status: 404 });
    return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
  } catch (error) {
    if (error instanceof DomainError) {
      return Response.json({ code: error.code, message: error.message }, { status: STATUS[error.code] });
    }
    throw error;
  }
}
