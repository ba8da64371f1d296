import { eq } from "drizzle-orm";
import { assets } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { Ctx } from "../context";
import { forbidden, notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { responsibleNames, setResponsibles } from "./responsibles";
import { type UpdateAssetInput, updateAssetSchema } from "./schemas";

/** Admins rename an asset and set its responsible employees (active employees only). */
export async function updateAsset(
  { actor, db }: Ctx,
  raw: UpdateAssetInput,
): Promise<{ id: string; name: string }> {
  if (actor.role !== "admin") throw forbidden(msg("errors.assets.onlyAdmins"));
  const input = parseInput(updateAssetSchema, raw);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ name: assets.name })
      .from(assets)
      .where(eq(assets.id, input.assetId))
      .for("update")
      .limit(1);
    if (!current) throw notFound(msg("errors.notFound.asset"));
    const before = { name: current.name, responsibles: await responsibleNames(tx, input.assetId) };
    const [row] = await tx
      .update(assets)
      .set({ name: input.name })
      .where(eq(assets.id, input.assetId))
      .returning({ id: assets.id, name: assets.name });
    if (!row) throw notFound(msg("errors.notFound.asset"));
    const responsibles = await setResponsibles(tx, row.id, input.responsibleIds);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "asset.updated",
      targetId: row.id,
      targetLabel: row.name,
      before,
      after: { name: row.name, responsibles },
    });
    return row;
  });
}
