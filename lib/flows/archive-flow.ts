import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import { creationFlows } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { Ctx } from "../context";
import { conflict, forbidden, notAllowed, notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { flowRefSchema } from "./schemas";

/**
 * Admins archive a flow: nobody starts it any more; tickets made with it keep their questions and
 * answers (they are copied onto the ticket). The default moves to the oldest flow still active.
 */
export async function archiveFlow({ actor, db }: Ctx, raw: unknown): Promise<void> {
  if (actor.role !== "admin") throw forbidden(msg("errors.flows.onlyAdmins"));
  const input = parseInput(flowRefSchema, raw);
  await db.transaction(async (tx) => {
    const [flow] = await tx
      .select()
      .from(creationFlows)
      .where(eq(creationFlows.id, input.flowId))
      .for("update");
    if (!flow || flow.archivedAt) throw notFound(msg("errors.flows.unknownFlow"));
    if (flow.version !== input.version) throw conflict(msg("errors.flows.changedMeanwhile"));
    const [heir] = await tx
      .select({ id: creationFlows.id })
      .from(creationFlows)
      .where(and(isNull(creationFlows.archivedAt), ne(creationFlows.id, flow.id)))
      // The default is what "New ticket" lists first: a flow for every asset fits that best.
      .orderBy(sql`${creationFlows.assetScope} = 'all' desc`, asc(creationFlows.createdAt))
      .limit(1);
    if (!heir) throw notAllowed(msg("errors.flows.lastFlow"));
    await tx
      .update(creationFlows)
      .set({ archivedAt: sql`now()`, isDefault: false, version: sql`${creationFlows.version} + 1` })
      .where(eq(creationFlows.id, flow.id));
    if (flow.isDefault)
      await tx.update(creationFlows).set({ isDefault: true }).where(eq(creationFlows.id, heir.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "flow.archived",
      targetId: flow.id,
      targetLabel: flow.name,
    });
  });
}
