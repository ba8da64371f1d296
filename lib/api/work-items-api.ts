import { notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { getSessionDetail, listSessions } from "../sessions/queries";
import { getTaskDetail, listTasks } from "../tasks/queries";
import { parseItemNumber } from "../work-items/item-number";
import type { ApiCtx, ApiInput, ApiResult } from "./api-route";
import { session, sessionListQuery, sessionPage, task, taskListQuery, taskPage } from "./schemas";

type NumberParams = { number: string };

/** Tasks are the employees' own (listTasks refuses customers, as the task pages do). */
export async function listTasksApi(ctx: ApiCtx, { query }: ApiInput<unknown>): Promise<ApiResult> {
  const filters = parseInput(taskListQuery, Object.fromEntries(query));
  const page = await listTasks(ctx, { ...filters, overdue: filters.overdue === "1" });
  return { body: taskPage.parse(page) };
}

export async function getTaskApi(ctx: ApiCtx, { params }: ApiInput<NumberParams>): Promise<ApiResult> {
  const number = parseItemNumber("task", params.number);
  const detail = number === null ? null : await getTaskDetail(ctx, number);
  if (!detail) throw notFound(msg("errors.notFound.task"));
  return { body: task.parse(detail), headers: { ETag: `"${detail.version}"` } };
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
