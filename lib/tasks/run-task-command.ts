import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { tasks } from "@/db/schema";
import type { Ctx } from "../context";
import { conflict, DomainError, notFound } from "../errors";
import { msg } from "../i18n/msg";
import { loadTaskStatuses } from "../statuses/load-kind-statuses";
import { applyWorkItemEvents } from "../work-items/apply-work-item-events";
import { decideTask, type TaskCommand, type TaskEngineContext } from "../workflow/task-engine";
import { taskWriter } from "./task-writer";

export type TaskChangeResult = { taskId: string; number: number; version: number; statusId: string };

/** Code users never learn that a task exists: to them every task is "not found". */
export function assertStaff(actor: Ctx["actor"]): void {
  if (actor.role === "code_user") throw notFound(msg("errors.notFound.task"));
}

export type LoadedTask = { row: typeof tasks.$inferSelect; engine: TaskEngineContext };

/** Locks the task row for this transaction and loads what the engine needs. */
export async function lockTask(tx: Tx, actor: Ctx["actor"], taskId: string): Promise<LoadedTask> {
  assertStaff(actor);
  const [row] = await tx.select().from(tasks).where(eq(tasks.id, taskId)).for("update").limit(1);
  if (!row) throw notFound(msg("errors.notFound.task"));
  const statuses = await loadTaskStatuses(tx);
  const status = statuses.find((s) => s.id === row.statusId);
  if (!status) throw new Error(`Task ${row.id} has an unknown status ${row.statusId}`);
  return {
    row,
    engine: {
      actor: { id: actor.id, role: actor.role },
      statuses,
      task: {
        status,
        assigneeId: row.assigneeId,
        creatorId: row.creatorId,
        title: row.title,
        description: row.description,
        dueDate: row.dueDate,
      },
    },
  };
}

/** One command against one task in one transaction: lock, check the version seen, decide, write. */
export async function runTaskCommand(
  ctx: Ctx,
  input: { taskId: string; expectedVersion: number },
  command: (loaded: LoadedTask, tx: Tx) => TaskCommand | Promise<TaskCommand>,
): Promise<TaskChangeResult> {
  return ctx.db.transaction(async (tx) => {
    const loaded = await lockTask(tx, ctx.actor, input.taskId);
    if (loaded.row.version !== input.expectedVersion) throw conflict();
    const decision = decideTask(loaded.engine, await command(loaded, tx));
    if (!decision.ok) throw new DomainError(decision.code, decision.msg);
    const { row } = loaded;
    const result = await applyWorkItemEvents(
      tx,
      taskWriter,
      {
        id: row.id,
        number: row.number,
        version: row.version,
        status: loaded.engine.task!.status,
        visibility: "internal",
        creatorId: row.creatorId,
        assetId: null,
      },
      ctx.actor.id,
      decision.events,
    );
    return { taskId: row.id, number: row.number, version: result.version, statusId: result.status.id };
  });
}
