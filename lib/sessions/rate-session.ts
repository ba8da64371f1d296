import type { z } from "zod";
import type { Ctx } from "../context";
import { runSessionCommand, type SessionChangeResult } from "./run-session-command";
import type { rateSessionSchema } from "./schemas";

/** The customer rates the call; the rating closes a Done session. */
export function rateSession(
  ctx: Ctx,
  input: z.infer<typeof rateSessionSchema>,
): Promise<SessionChangeResult> {
  return runSessionCommand(ctx, { sessionId: input.sessionId, expectedVersion: input.version }, () => ({
    type: "rate",
    stars: input.stars,
    comment: input.comment ?? null,
  }));
}
