import { and, eq, exists, or, type SQL, sql } from "drizzle-orm";
import { assetMembers, videoSessions } from "@/db/schema";
import type { Actor } from "../context";

/**
 * The sessions an actor may see, as SQL: employees see every session; a code user sees public
 * sessions that are theirs or belong to an asset they hold a code for.
 */
export function visibleSessionsWhere(actor: Actor): SQL | undefined {
  if (actor.role !== "code_user") return undefined;
  const holdsAsset = exists(
    sql`(select 1 from ${assetMembers} where ${assetMembers.assetId} = ${videoSessions.assetId} and ${assetMembers.userId} = ${actor.id})`,
  );
  return and(eq(videoSessions.visibility, "public"), or(eq(videoSessions.customerId, actor.id), holdsAsset));
}
