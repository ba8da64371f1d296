import { and, asc, desc, eq, inArray, isNull, or } from "drizzle-orm";
import {
  assetMembers,
  assets,
  assistantButtons,
  creationFlowAssets,
  creationFlows,
  statuses,
  tickets,
} from "@/db/schema";
import type { Ctx } from "../context";
import type { AssistantIcon } from "./flow-input-types";

export type AssistantAction = { id: string; label: string; icon: AssistantIcon; href: string };
export type AssistantAsset = { id: string; name: string; actions: AssistantAction[] };

/**
 * The customer's assistant: for each asset they hold, the action buttons that apply to it, in the
 * admins' order. A button whose flow is archived, or is for other assets, is not shown.
 */
export async function assistantFor({ actor, db }: Ctx): Promise<AssistantAsset[]> {
  const [mine, buttons] = await Promise.all([
    db
      .select({ id: assets.id, name: assets.name })
      .from(assetMembers)
      .innerJoin(assets, eq(assets.id, assetMembers.assetId))
      .where(eq(assetMembers.userId, actor.id))
      .orderBy(asc(assets.name)),
    db
      .select({
        id: assistantButtons.id,
        label: assistantButtons.label,
        icon: assistantButtons.icon,
        target: assistantButtons.target,
        flowId: assistantButtons.flowId,
        scope: creationFlows.assetScope,
      })
      .from(assistantButtons)
      .leftJoin(creationFlows, eq(creationFlows.id, assistantButtons.flowId))
      .where(or(eq(assistantButtons.target, "video_session"), isNull(creationFlows.archivedAt)))
      .orderBy(asc(assistantButtons.position)),
  ]);
  const scoped = mine.length
    ? await db
        .select()
        .from(creationFlowAssets)
        .where(
          inArray(
            creationFlowAssets.assetId,
            mine.map((a) => a.id),
          ),
        )
    : [];
  const inScope = new Set(scoped.map((s) => `${s.flowId}:${s.assetId}`));
  return mine.map((asset) => ({
    ...asset,
    actions: buttons.flatMap((b): AssistantAction[] => {
      if (b.target === "video_session") {
        return [{ id: b.id, label: b.label, icon: b.icon, href: `/portal/sessions/new?asset=${asset.id}` }];
      }
      if (!b.flowId || !b.scope) return [];
      if (b.scope === "chosen" && !inScope.has(`${b.flowId}:${asset.id}`)) return [];
      return [
        {
          id: b.id,
          label: b.label,
          icon: b.icon,
          href: `/portal/tickets/new?flow=${b.flowId}&asset=${asset.id}`,
        },
      ];
    }),
  }));
}

export type OpenDraft = { number: number; title: string; updatedAt: string };

/** The person's own drafts, newest first: what the assistant offers to continue. */
export async function myOpenDrafts({ actor, db }: Ctx, limit = 5): Promise<OpenDraft[]> {
  const rows = await db
    .select({ number: tickets.number, title: tickets.title, updatedAt: tickets.updatedAt })
    .from(tickets)
    .innerJoin(statuses, eq(statuses.id, tickets.statusId))
    .where(and(eq(tickets.creatorId, actor.id), eq(statuses.kind, "ticket"), eq(statuses.systemKey, "draft")))
    .orderBy(desc(tickets.updatedAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
}
