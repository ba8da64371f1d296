import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assets, assistantButtons, creationFlowAssets, creationFlows, ticketFlows } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden, notFound } from "../errors";
import { msg } from "../i18n/msg";
import type { AssetScope, AssistantIcon, AssistantTarget } from "./flow-input-types";
import { type FlowStepRow, loadFlow, loadFlowSteps } from "./load-flow";

export type FlowSummary = {
  id: string;
  name: string;
  assetScope: AssetScope;
  isDefault: boolean;
  archived: boolean;
  version: number;
  steps: number;
  tickets: number;
};

const adminOnly = (ctx: Ctx) => {
  if (ctx.actor.role !== "admin") throw forbidden(msg("errors.flows.onlyAdmins"));
};

/** Settings → Creation flows: active flows first, then archived ones. */
export async function listFlowsForAdmin(ctx: Ctx): Promise<FlowSummary[]> {
  adminOnly(ctx);
  return ctx.db
    .select({
      id: creationFlows.id,
      name: creationFlows.name,
      assetScope: creationFlows.assetScope,
      isDefault: creationFlows.isDefault,
      archived: sql<boolean>`${creationFlows.archivedAt} is not null`,
      version: creationFlows.version,
      steps: sql<number>`(select count(*)::int from creation_flow_steps s where s.flow_id = ${creationFlows}.id and s.removed_at is null)`,
      tickets: sql<number>`(select count(*)::int from ${ticketFlows} tf where tf.flow_id = ${creationFlows}.id)`,
    })
    .from(creationFlows)
    .orderBy(
      sql`${creationFlows.archivedAt} is not null`,
      sql`${creationFlows.isDefault} desc`,
      asc(creationFlows.name),
    );
}

export type FlowForEdit = {
  id: string;
  name: string;
  version: number;
  assetScope: AssetScope;
  archived: boolean;
  isDefault: boolean;
  assetIds: string[];
  steps: FlowStepRow[];
};

export async function getFlowForEdit(ctx: Ctx, flowId: string): Promise<FlowForEdit> {
  adminOnly(ctx);
  const flow = await loadFlow(ctx.db, flowId);
  if (!flow) throw notFound(msg("errors.flows.unknownFlow"));
  const [steps, scoped] = await Promise.all([
    loadFlowSteps(ctx.db, flowId),
    ctx.db
      .select({ id: creationFlowAssets.assetId })
      .from(creationFlowAssets)
      .where(eq(creationFlowAssets.flowId, flowId)),
  ]);
  return { ...flow, assetIds: scoped.map((a) => a.id), steps };
}

export async function allAssets(db: Db) {
  return db.select({ id: assets.id, name: assets.name }).from(assets).orderBy(asc(assets.name));
}

export type AssistantButtonRow = {
  id: string;
  label: string;
  icon: AssistantIcon;
  target: AssistantTarget;
  flowId: string | null;
  flowName: string | null;
  flowArchived: boolean;
  position: number;
};

/** The assistant's buttons in order, with the flow each starts. */
export async function listAssistantButtons(db: Db): Promise<AssistantButtonRow[]> {
  return db
    .select({
      id: assistantButtons.id,
      label: assistantButtons.label,
      icon: assistantButtons.icon,
      target: assistantButtons.target,
      flowId: assistantButtons.flowId,
      flowName: creationFlows.name,
      flowArchived: sql<boolean>`coalesce(${creationFlows.archivedAt} is not null, false)`,
      position: assistantButtons.position,
    })
    .from(assistantButtons)
    .leftJoin(creationFlows, eq(creationFlows.id, assistantButtons.flowId))
    .orderBy(asc(assistantButtons.position));
}

export async function activeFlowOptions(db: Db) {
  return db
    .select({ id: creationFlows.id, name: creationFlows.name })
    .from(creationFlows)
    .where(isNull(creationFlows.archivedAt))
    .orderBy(asc(creationFlows.name));
}

export async function countActiveFlows(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(creationFlows)
    .where(and(isNull(creationFlows.archivedAt)));
  return row?.n ?? 0;
}
