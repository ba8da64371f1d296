import { statuses } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { Ctx } from "../context";
import { isUniqueViolation } from "../db-errors";
import { forbidden, invalid, notAllowed } from "../errors";
import { msg } from "../i18n/msg";
import { MAX_CUSTOM_STATUSES } from "../workflow/status-actions";
import { allowsCustomStatuses } from "../workflow/ticket-categories";
import { duplicateStatusName, parseStatusInput } from "./parse-status-input";
import { countCustomStatuses, lockStatusList, nameTaken, nextPosition } from "./queries";
import { type CreateStatusInput, createStatusSchema, STATUS_LIMIT_MESSAGE } from "./schemas";

export type SavedStatus = { id: string; name: string };

export const CUSTOM_CATEGORIES_MESSAGE = msg("errors.statuses.customCategories");

/** Admins add a custom status at the end of its category (workflow.md 2.5). */
export async function createStatus({ actor, db }: Ctx, raw: CreateStatusInput): Promise<SavedStatus> {
  if (actor.role !== "admin") throw forbidden(msg("errors.statuses.onlyAdmins"));
  const input = parseStatusInput(createStatusSchema, raw);
  if (!allowsCustomStatuses(input.category)) {
    throw invalid(CUSTOM_CATEGORIES_MESSAGE, { category: [CUSTOM_CATEGORIES_MESSAGE] });
  }
  try {
    return await db.transaction(async (tx) => {
      await lockStatusList(tx);
      if ((await countCustomStatuses(tx)) >= MAX_CUSTOM_STATUSES) {
        throw notAllowed(STATUS_LIMIT_MESSAGE);
      }
      if (await nameTaken(tx, input.name)) throw duplicateStatusName();
      const [row] = await tx
        .insert(statuses)
        .values({
          kind: "ticket",
          category: input.category,
          name: input.name,
          color: input.color,
          actions: input.actions,
          position: await nextPosition(tx, input.category),
        })
        .returning({ id: statuses.id, name: statuses.name });
      if (!row) throw new Error("Insert returned no status");
      await recordAudit(tx, {
        actorId: actor.id,
        action: "status.created",
        targetId: row.id,
        targetLabel: row.name,
        after: { name: input.name, category: input.category, color: input.color, actions: input.actions },
      });
      return row;
    });
  } catch (error) {
    // The index has the last word, should a name slip past the check.
    if (isUniqueViolation(error, "statuses_active_name_key")) throw duplicateStatusName();
    throw error;
  }
}
