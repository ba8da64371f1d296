import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RefreshOnChange } from "@/components/layout/refresh-on-change";
import { NewTaskDialog } from "@/components/tasks/new-task-dialog";
import { TaskFilters } from "@/components/tasks/task-filters";
import { TaskTable } from "@/components/tasks/task-table";
import { requireInternal } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { listTasks } from "@/lib/tasks/queries";
import { taskListSchema } from "@/lib/tasks/schemas";
import { listEmployees } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tasks.list"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TasksPage({ searchParams }: Props) {
  const actor = await requireInternal();
  const ctx = { actor, db: await getDb() };
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const query = taskListSchema.parse(raw);
  const [page, employees, t] = await Promise.all([
    listTasks(ctx, query),
    listEmployees(ctx),
    getTranslations("tasks.list"),
  ]);
  const keep = new URLSearchParams(
    Object.entries({
      scope: query.scope,
      status: query.status,
      assignee: query.assignee,
      overdue: query.overdue ? "1" : undefined,
    }).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const nextHref =
    page.nextAfter === null
      ? null
      : `/tasks?${new URLSearchParams([...keep, ["after", String(page.nextAfter)]])}`;
  return (
    <div className="space-y-4">
      <RefreshOnChange kind="task" />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold text-foreground">{t("title")}</h1>
        <NewTaskDialog employees={employees} defaultAssigneeId={actor.id} />
      </div>
      <TaskFilters query={query} employees={employees} />
      <TaskTable items={page.items} nextHref={nextHref} firstHref={query.after ? `/tasks?${keep}` : null} />
    </div>
  );
}
