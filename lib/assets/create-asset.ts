import { assets } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { withFreshAccessCode } from "./access-code";
import { setResponsibles } from "./responsibles";
import { type CreateAssetInput, createAssetSchema } from "./schemas";

export type CreatedAsset = { id: string; name: string; accessCode: string };

/** Admins create an asset with a fresh random access code and its responsible employees. */
export async function createAsset({ actor, db }: Ctx, raw: CreateAssetInput): Promise<CreatedAsset> {
  if (actor.role !== "admin") throw forbidden(msg("errors.assets.onlyAdmins"));
  const input = parseInput(createAssetSchema, raw);
  return withFreshAccessCode((accessCode) =>
    db.transaction(async (tx) => {
      const [row] = await tx
        .insert(assets)
        .values({ name: input.name, accessCode })
        .returning({ id: assets.id, name: assets.name, accessCode: assets.accessCode });
      if (!row) throw new Error("Insert returned no asset");
      const responsibles = await setResponsibles(tx, row.id, input.responsibleIds);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "asset.created",
        targetId: row.id,
        targetLabel: row.name,
        after: { name: row.name, responsibles },
      });
      return row;
    }),
  );
}
