import type { z } from "zod";
import type { Ctx } from "../context";
import { runSessionCommand, type SessionChangeResult } from "./run-session-command";
import type { versionedSession } from "./schemas";

/** An employee who received the request (or a moderator or admin) confirms it and becomes responsible. */
export function confirmSession(
  ctx: Ctx,
  input: z.infer<typeof versionedSession>,
): Promise<SessionChangeResult> {
  return runSessionCommand(ctx, { sessionId: input.sessionId, expectedVersion: input.version }, () => ({
    type: "confirm",
  }));
}
