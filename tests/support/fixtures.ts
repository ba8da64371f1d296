import type { Db } from "@/db/client";
import { assetMembers, assetResponsibles, assets, users } from "@/db/schema";
import type { Actor } from "@/lib/context";
import type { Role } from "@/lib/workflow/roles";

let counter = 0;

/** Inserts a user directly (no password check needed in verb tests). */
export async function makeUser(db: Db, role: Role, name?: string): Promise<Actor> {
  counter++;
  const label = name ?? `${role} ${counter}`;
  const [u] = await db
    .insert(users)
    .values({ email: `${role}${counter}-${Date.now()}@test.local`, name: label, role, passwordHash: "x" })
    .returning();
  return { id: u!.id, role: u!.role, name: u!.name, email: u!.email };
}

export async function makeAsset(
  db: Db,
  opts: { responsible?: Actor[]; holders?: Actor[]; name?: string } = {},
) {
  counter++;
  const [asset] = await db
    .insert(assets)
    .values({ name: opts.name ?? `Asset ${counter}`, accessCode: `CODE-${counter}-${Date.now()}` })
    .returning();
  for (const r of opts.responsible ?? [])
    await db.insert(assetResponsibles).values({ assetId: asset!.id, userId: r.id });
  for (const h of opts.holders ?? [])
    await db.insert(assetMembers).values({ assetId: asset!.id, userId: h.id });
  return asset!;
}
