import type { z } from "zod";
import type { Ctx } from "../context";
import { runSessionCommand, type SessionChangeResult } from "./run-session-command";
import type { versionedSession } from "./schemas";

/** An admin or moderator takes part in a session (and its call) as a responsible employee. */
export function addMeAsResponsible(
  ctx: Ctx,
  input: z.infer<typeof versionedSession>,
): Promise<SessionChangeResult> {
  return runSessionCommand(ctx, { sessionId: input.sessionId, expectedVersion: input.version }, () => ({
    type: "add_responsible",
  }));
}
