import { revokeAllTokens } from "../api-tokens/revoke-all-tokens";
import type { Ctx } from "../context";
import { revokeSessions } from "./session-version";

/**
 * "Sign out everywhere": ends every session of the actor's account, on every device, this one too
 * — for a lost phone or a session left open on someone else's computer — and its API tokens.
 */
export async function signOutEverywhere({ actor, db }: Ctx): Promise<void> {
  await db.transaction(async (tx) => {
    await revokeSessions(tx, actor.id);
    await revokeAllTokens(tx, actor.id);
  });
}
