import type { z } from "zod";
import type { Ctx } from "../context";
import { runSessionCommand, type SessionChangeResult } from "./run-session-command";
import type { versionedSession } from "./schemas";

/** An employee reopens a closed session (closed → confirmed); customers request a new one instead. */
export function reopenSession(
  ctx: Ctx,
  input: z.infer<typeof versionedSession>,
): Promise<SessionChangeResult> {
  return runSessionCommand(ctx, { sessionId: input.sessionId, expectedVersion: input.version }, () => ({
    type: "reopen",
  }));
}
