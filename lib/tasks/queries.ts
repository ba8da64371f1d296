import { and, asc, desc, eq, inArray, isNull, lt, ne, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { statuses, taskEvents, tasks, tickets, users } from "@/db/schema";
import type { Ctx } from "../context";
import { msg } from "../i18n/msg";
import { type Translator, translator } from "../i18n/translate";
import { loadTaskStatuses } from "../statuses/load-kind-statuses";
import { taskBar } from "../workflow/status-bar";
import { decideTask, type TaskEngineContext, taskMenuTargets } from "../workflow/task-engine";
import { TASK_CATEGORIES, type TaskCategory, taskCategoryMsg } from "../workflow/task-workflow";
import { assertStaff } from "./run-task-command";
import type { TaskListQuery } from "./schemas";
import type { HistoryItem, TaskDetail, TaskListItem, TaskListPage } from "./types";

export const TASK_PAGE_SIZE = 25;
const assignee = alias(users, "assignee");
const creator = alias(users, "creator");

const today = sql`current_date`;
const isTaskCategory = (value: unknown): value is TaskCategory =>
  typeof value === "string" && (TASK_CATEGORIES as readonly string[]).includes(value);

/** Tasks for the overview, newest first, one keyset page (never OFFSET, never a full count). */
export async function listTasks(ctx: Ctx, query: TaskListQuery): Promise<TaskListPage> {
  const { actor, db } = ctx;
  assertStaff(actor);
  const all = await loadTaskStatuses(db);
  const wanted =
    query.status === "any"
      ? all
      : query.status === "active"
        ? all.filter((s) => s.category !== "closed")
        : all.filter((s) => s.category === query.status);
  const where: SQL[] = [
    inArray(
      tasks.statusId,
      wanted.map((s) => s.id),
    ),
  ];
  if (query.assignee) where.push(eq(tasks.assigneeId, query.assignee));
  else if (query.scope === "mine") where.push(eq(tasks.assigneeId, actor.id));
  else if (query.scope === "unassigned") where.push(isNull(tasks.assigneeId));
  if (query.overdue) {
    const closed = all.filter((s) => s.category === "closed").map((s) => s.id);
    where.push(lt(tasks.dueDate, today), ...closed.map((id) => ne(tasks.statusId, id)));
  }
  if (query.after) where.push(lt(tasks.number, query.after));
  const rows = await listRows(db, and(...where)!, TASK_PAGE_SIZE + 1);
  const items = rows.slice(0, TASK_PAGE_SIZE);
  return { items, nextAfter: rows.length > TASK_PAGE_SIZE ? items.at(-1)!.number : null };
}

/** The tasks of one ticket, for its detail page (employees only). */
export async function listTicketTasks(ctx: Ctx, ticketId: string): Promise<TaskListItem[]> {
  if (ctx.actor.role === "code_user") return [];
  return listRows(ctx.db, eq(tasks.ticketId, ticketId), 100);
}

async function listRows(db: Db, where: SQL, limit: number): Promise<TaskListItem[]> {
  const rows = await db
    .select({
      id: tasks.id,
      number: tasks.number,
      title: tasks.title,
      category: statuses.category,
      assigneeId: tasks.assigneeId,
      assigneeName: assignee.name,
      dueDate: tasks.dueDate,
      overdue: sql<boolean>`${tasks.dueDate} < ${today}`,
      ticketNumber: tickets.number,
      ticketTitle: tickets.title,
      updatedAt: tasks.updatedAt,
    })
    .from(tasks)
    .innerJoin(statuses, eq(statuses.id, tasks.statusId))
    .leftJoin(assignee, eq(assignee.id, tasks.assigneeId))
    .leftJoin(tickets, eq(tickets.id, tasks.ticketId))
    .where(where)
    .orderBy(desc(tasks.number))
    .limit(limit);
  return rows.map((row) => {
    const category = isTaskCategory(row.category) ? row.category : "open";
    return {
      id: row.id,
      number: row.number,
      title: row.title,
      category,
      assignee: row.assigneeId ? { id: row.assigneeId, name: row.assigneeName ?? "" } : null,
      dueDate: row.dueDate,
      overdue: Boolean(row.overdue) && category !== "closed",
      ticket: row.ticketNumber === null ? null : { number: row.ticketNumber, title: row.ticketTitle ?? "" },
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}

/** One task as an employee sees it; code users get "not found", as for any task. */
export async function getTaskDetail(ctx: Ctx, number: number): Promise<TaskDetail | null> {
  const { actor, db } = ctx;
  if (actor.role === "code_user") return null;
  const [row] = await db
    .select({
      task: tasks,
      assigneeName: assignee.name,
      creatorName: creator.name,
      ticketNumber: tickets.number,
      ticketTitle: tickets.title,
      overdue: sql<boolean>`${tasks.dueDate} < ${today}`,
    })
    .from(tasks)
    .innerJoin(creator, eq(creator.id, tasks.creatorId))
    .leftJoin(assignee, eq(assignee.id, tasks.assigneeId))
    .leftJoin(tickets, eq(tickets.id, tasks.ticketId))
    .where(eq(tasks.number, number))
    .limit(1);
  if (!row) return null;
  const { task } = row;
  const statuses = await loadTaskStatuses(db);
  const status = statuses.find((s) => s.id === task.statusId);
  if (!status) throw new Error(`Task ${task.id} has an unknown status`);
  const engine: TaskEngineContext = {
    actor: { id: actor.id, role: actor.role },
    statuses,
    task: { ...task, status },
  };
  const t = translator(actor.locale);
  return {
    id: task.id,
    number: task.number,
    title: task.title,
    description: task.description,
    version: task.version,
    category: status.category,
    statusId: status.id,
    bar: taskBar({ category: status.category }),
    assignee: task.assigneeId ? { id: task.assigneeId, name: row.assigneeName ?? "" } : null,
    creator: { id: task.creatorId, name: row.creatorName },
    dueDate: task.dueDate,
    overdue: Boolean(row.overdue) && status.category !== "closed",
    ticket: row.ticketNumber === null ? null : { number: row.ticketNumber, title: row.ticketTitle ?? "" },
    createdAt: task.createdAt.toISOString(),
    moves: taskMenuTargets(engine).map((s) => ({ statusId: s.id, category: s.category })),
    mayEdit: decideTask(engine, { type: "edit", details: { title: `${task.title} ` } }).ok,
    history: await loadTaskHistory(db, task.id, t),
  };
}

const subject = alias(users, "subject");

async function loadTaskHistory(db: Db, taskId: string, t: Translator): Promise<HistoryItem[]> {
  const rows = await db
    .select({
      id: taskEvents.id,
      type: taskEvents.type,
      at: taskEvents.createdAt,
      data: taskEvents.data,
      actor: users.name,
    })
    .from(taskEvents)
    .leftJoin(users, eq(users.id, taskEvents.actorId))
    .where(eq(taskEvents.taskId, taskId))
    .orderBy(asc(taskEvents.id));
  const ids = new Set<string>();
  for (const row of rows) {
    for (const key of ["assigneeId", "from", "to"]) {
      const value = row.data[key];
      if (typeof value === "string" && row.type !== "details_changed") ids.add(value);
    }
  }
  const names = new Map<string, string>();
  if (ids.size > 0) {
    const people = await db
      .select({ id: subject.id, name: subject.name })
      .from(subject)
      .where(inArray(subject.id, [...ids]));
    for (const person of people) names.set(person.id, person.name);
  }
  const nameOf = (id: unknown) => (typeof id === "string" ? (names.get(id) ?? "") : null);
  return rows.map((row) => {
    const by = row.actor
      ? msg("tickets.history.by", { name: row.actor })
      : msg("tickets.history.automatically");
    let text: string;
    switch (row.type) {
      case "created":
        text = t.msg(msg("tasks.history.created", { by }));
        break;
      case "status_changed": {
        const to = row.data.toCategory;
        text = t.msg(
          msg("tasks.history.statusChanged", { status: isTaskCategory(to) ? taskCategoryMsg(to) : "", by }),
        );
        break;
      }
      case "assignee_changed": {
        const to = nameOf(row.data.to);
        text = to
          ? t.msg(msg("tasks.history.assigned", { name: to, by }))
          : t.msg(msg("tasks.history.unassigned", { by }));
        break;
      }
      case "details_changed": {
        const changes = (row.data.changes ?? {}) as Record<string, unknown>;
        const fields = Object.keys(changes)
          .filter((f): f is "title" | "description" | "dueDate" =>
            ["title", "description", "dueDate"].includes(f),
          )
          .map((f) => t.t(`tasks.fields.${f}`));
        text = t.msg(msg("tasks.history.edited", { fields: fields.join(", "), by }));
        break;
      }
      default:
        text = row.type;
    }
    return { id: row.id, at: row.at.toISOString(), text };
  });
}
