import { and, asc, eq, isNull } from "drizzle-orm";
import { statuses } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { Ctx } from "../context";
import { forbidden, notAllowed } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { categoryMsg } from "../workflow/ticket-categories";
import type { SavedStatus } from "./create-status";
import { findStatus, lockStatusList } from "./queries";
import { type ReorderStatusInput, reorderStatusSchema } from "./schemas";

/**
 * Admins move a status one place up or down within its category: it swaps places with its
 * neighbour among the active statuses there, defaults included.
 */
export async function reorderStatus({ actor, db }: Ctx, raw: ReorderStatusInput): Promise<SavedStatus> {
  if (actor.role !== "admin") throw forbidden(msg("errors.statuses.onlyAdmins"));
  const input = parseInput(reorderStatusSchema, raw);
  return db.transaction(async (tx) => {
    await lockStatusList(tx);
    const current = await findStatus(tx, input.statusId);
    if (current.archivedAt) {
      throw notAllowed(msg("errors.statuses.deletedNoOrder"));
    }
    const siblings = await tx
      .select({ id: statuses.id, position: statuses.position })
      .from(statuses)
      .where(
        and(
          eq(statuses.kind, "ticket"),
          eq(statuses.category, current.category),
          isNull(statuses.archivedAt),
        ),
      )
      .orderBy(asc(statuses.position), asc(statuses.createdAt), asc(statuses.id));
    const index = siblings.findIndex((s) => s.id === current.id);
    const other = index + (input.direction === "up" ? -1 : 1);
    if (other < 0 || other >= siblings.length) {
      const key = input.direction === "up" ? "errors.statuses.alreadyFirst" : "errors.statuses.alreadyLast";
      throw notAllowed(msg(key, { name: current.name, category: categoryMsg(current.category) }));
    }
    const order = siblings.map((s) => s.id);
    [order[index], order[other]] = [order[other]!, order[index]!];
    // Reuse the category's own positions; should two be equal, spread them so the swap shows.
    const slots = siblings.map((s) => s.position);
    const distinct = new Set(slots).size === slots.length;
    for (const [i, id] of order.entries()) {
      const position = distinct ? slots[i]! : slots[0]! + i;
      if (position !== siblings.find((s) => s.id === id)!.position) {
        await tx.update(statuses).set({ position }).where(eq(statuses.id, id));
      }
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "status.reordered",
      targetId: current.id,
      targetLabel: current.name,
      before: { position: index + 1 },
      after: { position: other + 1 },
    });
    return { id: current.id, name: current.name };
  });
}
