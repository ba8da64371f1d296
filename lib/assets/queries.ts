import { asc, count, eq, inArray } from "drizzle-orm";
import { assetMembers, assetResponsibles, assets, users } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { msg } from "../i18n/msg";

export type AssetAdminRow = {
  id: string;
  name: string;
  accessCode: string;
  createdAt: Date;
  responsibles: { id: string; name: string; active: boolean }[];
  customerCount: number;
};

/** What a customer may know of an asset they hold: never its code (nor anyone else's). */
export type MyAsset = { id: string; name: string };

/** Every asset with its code, responsible employees and number of linked customers (admins). */
export async function listAssets({ actor, db }: Ctx): Promise<AssetAdminRow[]> {
  if (actor.role !== "admin") throw forbidden(msg("errors.assets.onlyAdmins"));
  const rows = await db
    .select({ id: assets.id, name: assets.name, accessCode: assets.accessCode, createdAt: assets.createdAt })
    .from(assets)
    .orderBy(asc(assets.name));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [responsibles, counts] = await Promise.all([
    db
      .select({ assetId: assetResponsibles.assetId, id: users.id, name: users.name, active: users.active })
      .from(assetResponsibles)
      .innerJoin(users, eq(users.id, assetResponsibles.userId))
      .where(inArray(assetResponsibles.assetId, ids))
      .orderBy(asc(users.name)),
    db
      .select({ assetId: assetMembers.assetId, n: count() })
      .from(assetMembers)
      .where(inArray(assetMembers.assetId, ids))
      .groupBy(assetMembers.assetId),
  ]);
  const countOf = new Map(counts.map((c) => [c.assetId, Number(c.n)]));
  return rows.map((row) => ({
    ...row,
    responsibles: responsibles
      .filter((r) => r.assetId === row.id)
      .map((r) => ({ id: r.id, name: r.name, active: r.active })),
    customerCount: countOf.get(row.id) ?? 0,
  }));
}

/** The assets the signed-in customer holds a code for. */
export async function listMyAssets({ actor, db }: Ctx): Promise<MyAsset[]> {
  if (actor.role !== "code_user") throw forbidden(msg("errors.assets.onlyCustomersHold"));
  return db
    .select({ id: assets.id, name: assets.name })
    .from(assetMembers)
    .innerJoin(assets, eq(assets.id, assetMembers.assetId))
    .where(eq(assetMembers.userId, actor.id))
    .orderBy(asc(assets.name));
}
