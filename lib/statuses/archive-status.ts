import { eq, sql } from "drizzle-orm";
import { statuses } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { Ctx } from "../context";
import { forbidden, notAllowed } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import type { SavedStatus } from "./create-status";
import { findStatus, lockStatusList } from "./queries";
import { type StatusRefInput, statusRefSchema } from "./schemas";

/**
 * "Delete" for admins: archives a custom status (workflow.md 2.5). It can no longer be chosen; tickets
 * in it keep it until moved, and it stays a filter. Its slot under the limit and its name free up.
 */
export async function archiveStatus({ actor, db }: Ctx, raw: StatusRefInput): Promise<SavedStatus> {
  if (actor.role !== "admin") throw forbidden(msg("errors.statuses.onlyAdmins"));
  const input = parseInput(statusRefSchema, raw);
  return db.transaction(async (tx) => {
    await lockStatusList(tx);
    const current = await findStatus(tx, input.statusId);
    if (current.systemKey !== null) {
      throw notAllowed(
        msg(
          current.isDefault ? "errors.statuses.defaultCannotDelete" : "errors.statuses.systemCannotDelete",
          {
            name: current.name,
          },
        ),
      );
    }
    if (current.archivedAt) throw notAllowed(msg("errors.statuses.alreadyDeleted", { name: current.name }));
    await tx.update(statuses).set({ archivedAt: sql`now()` }).where(eq(statuses.id, current.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "status.archived",
      targetId: current.id,
      targetLabel: current.name,
      before: { archived: false },
      after: { archived: true },
    });
    return { id: current.id, name: current.name };
  });
}
