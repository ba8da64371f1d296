import type { z } from "zod";
import type { Ctx } from "../context";
import { runSessionCommand, type SessionChangeResult } from "./run-session-command";
import type { versionedSession } from "./schemas";

/** The customer cancels their own request; employees cancel a session at any time. */
export function cancelSession(
  ctx: Ctx,
  input: z.infer<typeof versionedSession>,
): Promise<SessionChangeResult> {
  return runSessionCommand(ctx, { sessionId: input.sessionId, expectedVersion: input.version }, () => ({
    type: "cancel",
  }));
}
