import { asc, eq, inArray } from "drizzle-orm";
import { assetMembers, assets, users } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden } from "../errors";

export type SessionAssetOption = { id: string; name: string; customers: { id: string; name: string }[] };

/** For "New video session": every asset with the active customers who hold its code. */
export async function sessionFormOptions({ actor, db }: Ctx): Promise<SessionAssetOption[]> {
  if (actor.role === "code_user") throw forbidden();
  const [all, holders] = await Promise.all([
    db.select({ id: assets.id, name: assets.name }).from(assets).orderBy(asc(assets.name)),
    db
      .select({
        assetId: assetMembers.assetId,
        id: users.id,
        name: users.name,
        active: users.active,
        role: users.role,
      })
      .from(assetMembers)
      .innerJoin(users, eq(users.id, assetMembers.userId))
      .where(inArray(users.role, ["code_user"]))
      .orderBy(asc(users.name)),
  ]);
  return all.map((asset) => ({
    ...asset,
    customers: holders
      .filter((h) => h.assetId === asset.id && h.active)
      .map((h) => ({ id: h.id, name: h.name })),
  }));
}
