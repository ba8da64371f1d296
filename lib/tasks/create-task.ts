import { and, eq } from "drizzle-orm";
import { tasks, tickets } from "@/db/schema";
import type { Ctx } from "../context";
import { DomainError, invalid } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { loadTaskStatuses } from "../statuses/load-kind-statuses";
import { notDraftWhere } from "../tickets/ticket-access";
import { applyWorkItemEvents } from "../work-items/apply-work-item-events";
import { decideTask } from "../workflow/task-engine";
import { checkAssignee } from "./check-assignee";
import type { TaskChangeResult } from "./run-task-command";
import { assertStaff } from "./run-task-command";
import { type CreateTaskInput, createTaskSchema } from "./schemas";
import { taskWriter } from "./task-writer";

/** An employee creates a task (Open), optionally on a ticket, in one transaction with its event. */
export async function createTask(ctx: Ctx, raw: CreateTaskInput): Promise<TaskChangeResult> {
  const { actor, db } = ctx;
  assertStaff(actor);
  const input = parseInput(createTaskSchema, raw);
  return db.transaction(async (tx) => {
    const statuses = await loadTaskStatuses(tx);
    const decision = decideTask(
      { actor: { id: actor.id, role: actor.role }, task: null, statuses },
      { type: "create", assigneeId: input.assigneeId },
    );
    if (!decision.ok) throw new DomainError(decision.code, decision.msg);
    await checkAssignee(tx, input.assigneeId);
    if (input.ticketId) {
      const [ticket] = await tx
        .select({ id: tickets.id })
        .from(tickets)
        .where(and(eq(tickets.id, input.ticketId), notDraftWhere()));
      if (!ticket) throw invalid(msg("errors.tasks.unknownTicket"));
    }
    const created = decision.events[0];
    if (created?.type !== "created")
      throw new Error("The engine creates a task with its created event first");
    const [row] = await tx
      .insert(tasks)
      .values({
        title: input.title,
        description: input.description,
        statusId: created.status.id,
        creatorId: actor.id,
        assigneeId: input.assigneeId,
        dueDate: input.dueDate,
        ticketId: input.ticketId,
      })
      .returning();
    if (!row) throw new Error("Insert returned no task");
    const result = await applyWorkItemEvents(
      tx,
      taskWriter,
      { ...row, status: created.status, visibility: "internal", assetId: null },
      actor.id,
      decision.events,
    );
    return { taskId: row.id, number: row.number, version: result.version, statusId: result.status.id };
  });
}
