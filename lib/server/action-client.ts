import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { getActor, getRequestLocale } from "../auth/get-actor";
import { DomainError, type ErrorCode } from "../errors";
import { msg } from "../i18n/msg";
import { translator } from "../i18n/translate";
import { getDb } from "./db";

export type ActionError = { code: ErrorCode; message: string; fieldErrors?: Record<string, string[]> };

/** Every server action goes through here: errors become messages a person can act on, in their language. */
export const actionClient = createSafeActionClient({
  async handleServerError(error): Promise<ActionError> {
    const locale = await getRequestLocale();
    if (error instanceof DomainError) return { code: error.code, ...error.localized(locale) };
    console.error("Action failed", error);
    return { code: "invalid", message: translator(locale).t("errors.generic") };
  },
});

/** Authenticated actions: the verb still authorizes; this only establishes who acts. */
export const actorAction = actionClient.use(async ({ next }) => {
  const actor = await getActor();
  if (!actor) throw new DomainError("unauthenticated", msg("errors.sessionEnded"));
  return next({ ctx: { actor, db: await getDb() } });
});
