import { eq } from "drizzle-orm";
import { assetMembers } from "@/db/schema";
import type { Ctx } from "../context";
import type { LiveMessage } from "../tickets/apply-ticket-events";

const REFRESH_MS = 60_000;

/**
 * Decides which change signals a screen may receive: a code user hears only of public tickets they
 * created or that belong to their assets, so not even an internal ticket's id reaches them.
 */
export async function liveAudienceFilter(ctx: Ctx): Promise<(message: LiveMessage) => Promise<boolean>> {
  const { actor, db } = ctx;
  if (actor.role !== "code_user") return async () => true;
  const load = async () =>
    new Set(
      (
        await db
          .select({ id: assetMembers.assetId })
          .from(assetMembers)
          .where(eq(assetMembers.userId, actor.id))
      ).map((r) => r.id),
    );
  let assets = await load();
  let loadedAt = Date.now();
  return async (message) => {
    if (message.visibility !== "public") return false;
    if (message.creatorId === actor.id) return true;
    if (!message.assetId) return false;
    if (Date.now() - loadedAt > REFRESH_MS) {
      assets = await load();
      loadedAt = Date.now();
    }
    return assets.has(message.assetId);
  };
}
