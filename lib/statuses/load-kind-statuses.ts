import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { statuses } from "@/db/schema";
import { SESSION_CATEGORIES, type SessionCategory } from "../workflow/session-workflow";
import { TASK_CATEGORIES, type TaskCategory } from "../workflow/task-workflow";
import type { StatusRef } from "../workflow/work-item-engine";
import type { WorkItemKind } from "../workflow/work-item-kinds";

/** The fixed statuses of a kind without custom statuses, in bar order (the table is tiny). */
async function loadFixedStatuses<C extends string>(
  db: Db | Tx,
  kind: Exclude<WorkItemKind, "ticket">,
  categories: readonly C[],
): Promise<StatusRef<C>[]> {
  const rows = await db
    .select()
    .from(statuses)
    .where(eq(statuses.kind, kind))
    .orderBy(asc(statuses.position), asc(statuses.id));
  return rows
    .map((row) => {
      const category = row.category as string as C;
      if (!categories.includes(category)) throw new Error(`"${row.category}" is no ${kind} category`);
      return {
        id: row.id,
        category,
        name: row.name,
        systemKey: row.systemKey,
        archived: row.archivedAt !== null,
        actionTypes: [],
      };
    })
    .sort((a, b) => categories.indexOf(a.category) - categories.indexOf(b.category));
}

export const loadTaskStatuses = (db: Db | Tx): Promise<StatusRef<TaskCategory>[]> =>
  loadFixedStatuses(db, "task", TASK_CATEGORIES);

export const loadSessionStatuses = (db: Db | Tx): Promise<StatusRef<SessionCategory>[]> =>
  loadFixedStatuses(db, "video_session", SESSION_CATEGORIES);
