import { notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { getSessionDetail, listSessions } from "../sessions/queries";
import { changeTaskStatus } from "../tasks/change-task-status";
import { getTaskDetail, listTasks } from "../tasks/queries";
import { parseItemNumber } from "../work-items/item-number";
import type { ApiCtx, ApiInput, ApiResult } from "./api-route";
import {
  changeTaskStatusBody,
  session,
  sessionListQuery,
  sessionPage,
  task,
  taskListQuery,
  taskPage,
} from "./item-schemas";

type NumberParams = { number: string };

/** Tasks are the employees' own (listTasks refuses customers, as the task pages do). */
export async function listTasksApi(ctx: ApiCtx, { query }: ApiInput<unknown>): Promise<ApiResult> {
  const filters = parseInput(taskListQuery, Object.fromEntries(query));
  const page = await listTasks(ctx, { ...filters, overdue: filters.overdue === "1" });
  return { body: taskPage.parse(page) };
}

async function readTask(ctx: ApiCtx, raw: string) {
  const number = parseItemNumber("task", raw);
  const detail = number === null ? null : await getTaskDetail(ctx, number);
  if (!detail) throw notFound(msg("errors.notFound.task"));
  return detail;
}

export async function getTaskApi(ctx: ApiCtx, { params }: ApiInput<NumberParams>): Promise<ApiResult> {
  const detail = await readTask(ctx, params.number);
  return { body: task.parse(detail), headers: { ETag: `"${detail.version}"` } };
}

/** Moves a task as its "Change status" menu does; a stale version is refused (409). */
export async function changeTaskStatusApi(
  ctx: ApiCtx,
  { params, body, ifMatch }: ApiInput<NumberParams>,
): Promise<ApiResult> {
  const input = parseInput(changeTaskStatusBody, body);
  const current = await readTask(ctx, params.number);
  await changeTaskStatus(ctx, {
    taskId: current.id,
    version: ifMatch ?? input.version ?? current.version,
    statusId: input.statusId,
  });
  ctx.changed();
  const after = await readTask(ctx, params.number);
  return { body: task.parse(after), headers: { ETag: `"${after.version}"` } };
}

export async function listSessionsApi(ctx: ApiCtx, { query }: ApiInput<unknown>): Promise<ApiResult> {
  const page = await listSessions(ctx, parseInput(sessionListQuery, Object.fromEntries(query)));
  return { body: sessionPage.parse(page) };
}

export async function getSessionApi(ctx: ApiCtx, { params }: ApiInput<NumberParams>): Promise<ApiResult> {
  const number = parseItemNumber("video_session", params.number);
  const detail = number === null ? null : await getSessionDetail(ctx, number);
  if (!detail) throw notFound(msg("errors.notFound.session"));
  return { body: session.parse(detail), headers: { ETag: `"${detail.version}"` } };
}
