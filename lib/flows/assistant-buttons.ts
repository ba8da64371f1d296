import { and, asc, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { assistantButtons, creationFlows } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { Ctx } from "../context";
import { forbidden, invalid, notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import {
  assistantButtonRefSchema,
  moveAssistantButtonSchema,
  type SaveAssistantButtonInput,
  saveAssistantButtonSchema,
} from "./schemas";

const adminOnly = (ctx: Ctx) => {
  if (ctx.actor.role !== "admin") throw forbidden(msg("errors.flows.onlyAdmins"));
};

async function activeFlow(tx: Tx, flowId: string | null) {
  if (!flowId) return null;
  const [flow] = await tx
    .select({ id: creationFlows.id, name: creationFlows.name })
    .from(creationFlows)
    .where(and(eq(creationFlows.id, flowId), isNull(creationFlows.archivedAt)));
  if (!flow) throw invalid(msg("errors.correctFields"), { flowId: [msg("errors.flows.unknownFlow")] });
  return flow;
}

/** Admins add an action button to the assistant (last in order) or change one. */
export async function saveAssistantButton(
  ctx: Ctx,
  raw: SaveAssistantButtonInput,
): Promise<{ buttonId: string }> {
  adminOnly(ctx);
  const input = parseInput(saveAssistantButtonSchema, raw);
  return ctx.db.transaction(async (tx) => {
    const flow = input.target === "flow" ? await activeFlow(tx, input.flowId) : null;
    const values = { label: input.label, icon: input.icon, target: input.target, flowId: flow?.id ?? null };
    const after = { label: input.label, target: flow ? flow.name : input.target };
    if (input.buttonId) {
      const [before] = await tx
        .select()
        .from(assistantButtons)
        .where(eq(assistantButtons.id, input.buttonId));
      if (!before) throw notFound(msg("errors.flows.unknownButton"));
      await tx.update(assistantButtons).set(values).where(eq(assistantButtons.id, before.id));
      await recordAudit(tx, {
        actorId: ctx.actor.id,
        action: "assistant.button_updated",
        targetId: before.id,
        targetLabel: input.label,
        before: { label: before.label },
        after,
      });
      return { buttonId: before.id };
    }
    // Serialises concurrent additions so two buttons never share a place.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('assistant_buttons'))`);
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${assistantButtons.position}), 0)` })
      .from(assistantButtons);
    const [row] = await tx
      .insert(assistantButtons)
      .values({ ...values, position: (last?.position ?? 0) + 1 })
      .returning({ id: assistantButtons.id });
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "assistant.button_created",
      targetId: row!.id,
      targetLabel: input.label,
      after,
    });
    return { buttonId: row!.id };
  });
}

export async function removeAssistantButton(ctx: Ctx, raw: unknown): Promise<void> {
  adminOnly(ctx);
  const input = parseInput(assistantButtonRefSchema, raw);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(assistantButtons)
      .where(eq(assistantButtons.id, input.buttonId))
      .returning();
    if (!row) throw notFound(msg("errors.flows.unknownButton"));
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "assistant.button_removed",
      targetId: row.id,
      targetLabel: row.label,
    });
  });
}

/** Swaps a button with its neighbour above or below. */
export async function moveAssistantButton(ctx: Ctx, raw: unknown): Promise<void> {
  adminOnly(ctx);
  const input = parseInput(moveAssistantButtonSchema, raw);
  await ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('assistant_buttons'))`);
    const [row] = await tx.select().from(assistantButtons).where(eq(assistantButtons.id, input.buttonId));
    if (!row) throw notFound(msg("errors.flows.unknownButton"));
    const up = input.direction === "up";
    const [neighbour] = await tx
      .select()
      .from(assistantButtons)
      .where(up ? lt(assistantButtons.position, row.position) : gt(assistantButtons.position, row.position))
      .orderBy(up ? sql`${assistantButtons.position} desc` : asc(assistantButtons.position))
      .limit(1);
    if (!neighbour) return;
    await tx
      .update(assistantButtons)
      .set({ position: neighbour.position })
      .where(eq(assistantButtons.id, row.id));
    await tx
      .update(assistantButtons)
      .set({ position: row.position })
      .where(eq(assistantButtons.id, neighbour.id));
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "assistant.buttons_reordered",
      targetId: row.id,
      targetLabel: row.label,
      before: { position: row.position },
      after: { position: neighbour.position },
    });
  });
}
