import { and, asc, eq, exists, isNull, or, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { assetMembers, creationFlowAssets, creationFlowSteps, creationFlows } from "@/db/schema";
import type { Actor } from "../context";
import type { AssetScope, FlowInputType } from "./flow-input-types";

export type FlowStepRow = {
  id: string;
  position: number;
  question: string;
  help: string;
  inputType: FlowInputType;
  required: boolean;
  options: string[];
};
export type FlowRow = {
  id: string;
  name: string;
  assetScope: AssetScope;
  isDefault: boolean;
  archived: boolean;
  version: number;
};

/**
 * A flow a person may start: active, and for a customer open to all assets or to one they hold.
 * Employees may start any active flow.
 */
export function startableWhere(actor: Actor) {
  const active = isNull(creationFlows.archivedAt);
  if (actor.role !== "code_user") return active;
  return and(
    active,
    or(
      eq(creationFlows.assetScope, "all"),
      exists(
        sql`(select 1 from ${creationFlowAssets} fa join ${assetMembers} am on am.asset_id = fa.asset_id
             where fa.flow_id = ${creationFlows.id} and am.user_id = ${actor.id})`,
      ),
    ),
  );
}

const flowColumns = {
  id: creationFlows.id,
  name: creationFlows.name,
  assetScope: creationFlows.assetScope,
  isDefault: creationFlows.isDefault,
  archived: sql<boolean>`${creationFlows.archivedAt} is not null`,
  version: creationFlows.version,
};

export async function loadFlow(db: Db | Tx, flowId: string): Promise<FlowRow | null> {
  const [row] = await db.select(flowColumns).from(creationFlows).where(eq(creationFlows.id, flowId));
  return row ?? null;
}

/** The flows a person may start, the default first. */
export async function startableFlows(db: Db | Tx, actor: Actor): Promise<FlowRow[]> {
  return db
    .select(flowColumns)
    .from(creationFlows)
    .where(startableWhere(actor))
    .orderBy(sql`${creationFlows.isDefault} desc`, asc(creationFlows.name));
}

/** The flow's current steps, in order (steps removed by an edit are not asked any more). */
export async function loadFlowSteps(db: Db | Tx, flowId: string): Promise<FlowStepRow[]> {
  return db
    .select({
      id: creationFlowSteps.id,
      position: creationFlowSteps.position,
      question: creationFlowSteps.question,
      help: creationFlowSteps.help,
      inputType: creationFlowSteps.inputType,
      required: creationFlowSteps.required,
      options: creationFlowSteps.options,
    })
    .from(creationFlowSteps)
    .where(and(eq(creationFlowSteps.flowId, flowId), isNull(creationFlowSteps.removedAt)))
    .orderBy(asc(creationFlowSteps.position));
}

export async function flowAssetIds(db: Db | Tx, flowId: string): Promise<string[]> {
  const rows = await db
    .select({ id: creationFlowAssets.assetId })
    .from(creationFlowAssets)
    .where(eq(creationFlowAssets.flowId, flowId));
  return rows.map((r) => r.id);
}
