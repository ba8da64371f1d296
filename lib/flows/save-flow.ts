import { and, eq, inArray, isNull, notInArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { assets, creationFlowAssets, creationFlowSteps, creationFlows } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { Ctx } from "../context";
import { conflict, forbidden, invalid, notAllowed, notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { type SaveFlowInput, saveFlowSchema } from "./schemas";

export type SavedFlow = { flowId: string; version: number };

/**
 * Admins create a flow or replace its name, asset scope and steps. Steps keep their ids across
 * edits; a step left out is marked removed, not deleted, so the answers given to it keep their link.
 */
export async function saveFlow({ actor, db }: Ctx, raw: SaveFlowInput): Promise<SavedFlow> {
  if (actor.role !== "admin") throw forbidden(msg("errors.flows.onlyAdmins"));
  const input = parseInput(saveFlowSchema, raw);
  return db.transaction(async (tx) => {
    const assetIds = input.assetScope === "chosen" ? [...new Set(input.assetIds)] : [];
    if (assetIds.length > 0) {
      const known = await tx.select({ id: assets.id }).from(assets).where(inArray(assets.id, assetIds));
      if (known.length !== assetIds.length) {
        throw invalid(msg("errors.correctFields"), { assetIds: [msg("errors.validation.unknownAsset")] });
      }
    }
    let flowId = input.flowId;
    let version = 1;
    if (flowId) {
      const [before] = await tx.select().from(creationFlows).where(eq(creationFlows.id, flowId));
      if (!before) throw notFound(msg("errors.flows.unknownFlow"));
      if (before.archivedAt) throw notAllowed(msg("errors.flows.flowArchivedEdit"));
      if (input.version !== before.version) throw conflict(msg("errors.flows.changedMeanwhile"));
      const [row] = await tx
        .update(creationFlows)
        .set({
          name: input.name,
          assetScope: input.assetScope,
          version: sql`${creationFlows.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(and(eq(creationFlows.id, flowId), eq(creationFlows.version, before.version)))
        .returning({ version: creationFlows.version });
      if (!row) throw conflict(msg("errors.flows.changedMeanwhile"));
      version = row.version;
      await recordAudit(tx, {
        actorId: actor.id,
        action: "flow.updated",
        targetId: flowId,
        targetLabel: input.name,
        before: { name: before.name, assetScope: before.assetScope },
        after: { name: input.name, assetScope: input.assetScope, steps: input.steps.length },
      });
    } else {
      const [row] = await tx
        .insert(creationFlows)
        .values({ name: input.name, assetScope: input.assetScope })
        .returning({ id: creationFlows.id });
      flowId = row!.id;
      await recordAudit(tx, {
        actorId: actor.id,
        action: "flow.created",
        targetId: flowId,
        targetLabel: input.name,
        after: { name: input.name, assetScope: input.assetScope, steps: input.steps.length },
      });
    }
    await tx.delete(creationFlowAssets).where(eq(creationFlowAssets.flowId, flowId));
    if (assetIds.length > 0) {
      await tx.insert(creationFlowAssets).values(assetIds.map((assetId) => ({ flowId: flowId!, assetId })));
    }
    await writeSteps(tx, flowId, input.steps);
    return { flowId, version };
  });
}

async function writeSteps(tx: Tx, flowId: string, steps: ReturnType<typeof saveFlowSchema.parse>["steps"]) {
  const keep = steps.flatMap((s) => (s.id ? [s.id] : []));
  const removed = and(eq(creationFlowSteps.flowId, flowId), isNull(creationFlowSteps.removedAt));
  await tx
    .update(creationFlowSteps)
    .set({ removedAt: sql`now()` })
    .where(keep.length ? and(removed, notInArray(creationFlowSteps.id, keep)) : removed);
  for (const [index, step] of steps.entries()) {
    const values = {
      position: index + 1,
      question: step.question,
      help: step.help,
      inputType: step.inputType,
      required: step.required,
      options: step.options,
    };
    if (step.id) {
      const [updated] = await tx
        .update(creationFlowSteps)
        .set({ ...values, removedAt: null })
        .where(and(eq(creationFlowSteps.id, step.id), eq(creationFlowSteps.flowId, flowId)))
        .returning({ id: creationFlowSteps.id });
      if (updated) continue;
    }
    await tx.insert(creationFlowSteps).values({ ...values, flowId });
  }
}
