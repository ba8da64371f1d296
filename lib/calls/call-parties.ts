import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { callParticipants } from "@/db/schema";
import type { Actor } from "../context";
import { notAllowed } from "../errors";
import { msg } from "../i18n/msg";
import { type LoadedSession, loadSessionState } from "../sessions/run-session-command";
import { mayJoinCall } from "../workflow/session-engine";

/** How long a side may be silent (no ping from its page) before it counts as gone: a reload fits. */
export const CALL_GRACE_MS = 20_000;

/** The session, if the actor takes part in its call now (its customer or a responsible employee). */
export async function loadCallFor(
  tx: Tx,
  actor: Actor,
  sessionId: string,
  lock: boolean,
): Promise<LoadedSession> {
  const loaded = await loadSessionState(tx, actor, sessionId, lock);
  if (!mayJoinCall(loaded.engine)) {
    const category = loaded.engine.session!.status.category;
    throw notAllowed(
      msg(
        category === "confirmed" || category === "in_progress"
          ? "errors.sessions.notInCall"
          : "errors.sessions.callNotOpen",
      ),
    );
  }
  return loaded;
}

/** Everyone on the call's two sides: the customer and the responsible employees. */
export const callParties = (loaded: LoadedSession): string[] => [
  loaded.row.customerId,
  ...loaded.engine.session!.responsibleIds,
];

/** The other sides who are in the call right now (joined, not left, heard from within the grace). */
export async function presentPeers(tx: Tx, sessionId: string, selfId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: callParticipants.userId })
    .from(callParticipants)
    .where(
      and(
        eq(callParticipants.sessionId, sessionId),
        ne(callParticipants.userId, selfId),
        isNull(callParticipants.leftAt),
        sql`${callParticipants.seenAt} >= now() - ${sql.raw(`interval '${CALL_GRACE_MS / 1000} seconds'`)}`,
      ),
    );
  return rows.map((r) => r.userId);
}
