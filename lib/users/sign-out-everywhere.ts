import type { Ctx } from "../context";
import { revokeSessions } from "./session-version";

/**
 * "Sign out everywhere": ends every session of the actor's account, on every device, this one too
 * — for a lost phone or a session left open on someone else's computer.
 */
export async function signOutEverywhere({ actor, db }: Ctx): Promise<void> {
  await db.transaction((tx) => revokeSessions(tx, actor.id));
}
