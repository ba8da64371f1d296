import { sql } from "drizzle-orm";
import { callParticipants } from "@/db/schema";
import type { Ctx } from "../context";
import { env, type IceServer } from "../env";
import { loadCallFor, presentPeers } from "./call-parties";

export type JoinedCall = { selfId: string; joinedAt: string; peers: string[]; iceServers: IceServer[] };

/**
 * A side enters the call (again, after a reload). The session row is locked so two sides joining at
 * the same moment see each other: the one who comes second makes the offer to those present.
 */
export async function joinCall(ctx: Ctx, input: { sessionId: string }): Promise<JoinedCall> {
  const { actor, db } = ctx;
  return db.transaction(async (tx) => {
    await loadCallFor(tx, actor, input.sessionId, true);
    const [row] = await tx
      .insert(callParticipants)
      .values({ sessionId: input.sessionId, userId: actor.id, joinedAt: sql`clock_timestamp()` })
      .onConflictDoUpdate({
        target: [callParticipants.sessionId, callParticipants.userId],
        set: { joinedAt: sql`clock_timestamp()`, seenAt: sql`now()`, mediaUpAt: null, leftAt: null },
      })
      .returning({ joinedAt: callParticipants.joinedAt });
    return {
      selfId: actor.id,
      joinedAt: row!.joinedAt.toISOString(),
      peers: await presentPeers(tx, input.sessionId, actor.id),
      iceServers: env().ICE_SERVERS,
    };
  });
}
