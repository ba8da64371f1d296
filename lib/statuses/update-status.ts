import { eq } from "drizzle-orm";
import { statuses } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { Ctx } from "../context";
import { isUniqueViolation } from "../db-errors";
import { forbidden, invalid, notAllowed } from "../errors";
import { msg } from "../i18n/msg";
import { translator } from "../i18n/translate";
import { paymentWindowRefusal } from "../workflow/status-actions";
import type { SavedStatus } from "./create-status";
import { statusName } from "./localize-statuses";
import { duplicateStatusName, parseStatusInput } from "./parse-status-input";
import { findStatus, lockStatusList, nameTaken, nextPosition } from "./queries";
import { recategorizeTickets } from "./recategorize-tickets";
import { categoryMoveRefusal, type UpdateStatusInput, updateStatusSchema } from "./schemas";

/**
 * Admins rename, recolour and change the actions of any active status, defaults included, and move
 * a custom one to another category. Its tickets follow the new category at once (the engine reads
 * categories from the status row at every decision), each with its history event.
 */
export async function updateStatus({ actor, db }: Ctx, raw: UpdateStatusInput): Promise<SavedStatus> {
  if (actor.role !== "admin") throw forbidden(msg("errors.statuses.onlyAdmins"));
  const input = parseStatusInput(updateStatusSchema, raw);
  try {
    return await db.transaction(async (tx) => {
      await lockStatusList(tx);
      const current = await findStatus(tx, input.statusId);
      if (current.archivedAt) {
        throw notAllowed(msg("errors.statuses.deletedNoEdit"));
      }
      const category = input.category ?? current.category;
      const refusal = categoryMoveRefusal(
        { isSystem: current.systemKey !== null, category: current.category },
        category,
      );
      if (refusal) throw notAllowed(refusal, { category: [refusal] });
      const paymentRefusal = input.actions.some((a) => a.type === "open_payment")
        ? paymentWindowRefusal({ name: current.name, systemKey: current.systemKey })
        : null;
      if (paymentRefusal) throw invalid(paymentRefusal, { actions: [paymentRefusal] });
      // The form shows a default status' name in the admin's language: saving it as shown renames nothing.
      const name = input.name === statusName(current, translator(actor.locale)) ? current.name : input.name;
      if (await nameTaken(tx, name, current.id)) throw duplicateStatusName();
      const [row] = await tx
        .update(statuses)
        .set({
          name,
          color: input.color,
          actions: input.actions,
          category,
          // A status that changes category goes to the end of its new one.
          ...(category !== current.category ? { position: await nextPosition(tx, category) } : {}),
        })
        .where(eq(statuses.id, current.id))
        .returning({ id: statuses.id, name: statuses.name });
      if (!row) throw new Error("Update returned no status");
      await recordAudit(tx, {
        actorId: actor.id,
        action: "status.updated",
        targetId: row.id,
        targetLabel: row.name,
        before: {
          name: current.name,
          category: current.category,
          color: current.color,
          actions: current.actions,
        },
        after: { name, category, color: input.color, actions: input.actions },
      });
      if (category !== current.category) {
        await recategorizeTickets(tx, actor.id, row, current.category, category);
      }
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error, "statuses_active_name_key")) throw duplicateStatusName();
    throw error;
  }
}
