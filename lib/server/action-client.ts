import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { getActor } from "../auth/get-actor";
import { DomainError, type ErrorCode } from "../errors";
import { getDb } from "./db";

export type ActionError = { code: ErrorCode; message: string; fieldErrors?: Record<string, string[]> };

/** Every server action goes through here: errors become messages a person can act on. */
export const actionClient = createSafeActionClient({
  handleServerError(error): ActionError {
    if (error instanceof DomainError) {
      return {
        code: error.code,
        message: error.message,
        fieldErrors: error.fieldErrors as Record<string, string[]>,
      };
    }
    console.error("Action failed", error);
    return { code: "invalid", message: "Something went wrong. Please try again." };
  },
});

/** Authenticated actions: the verb still authorizes; this only establishes who acts. */
export const actorAction = actionClient.use(async ({ next }) => {
  const actor = await getActor();
  if (!actor) throw new DomainError("unauthenticated", "Your session has ended. Please sign in again.");
  return next({ ctx: { actor, db: await getDb() } });
});
