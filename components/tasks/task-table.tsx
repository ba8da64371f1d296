import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TaskListItem } from "@/lib/tasks/types";
import { formatItemNumber } from "@/lib/workflow/work-item-kinds";
import { Badge } from "../ui/badge";
import { KeysetPager } from "../ui/keyset-pager";

/** Tasks as a table on wide screens and as stacked cards on phones; each title links to its task. */
export async function TaskTable({
  items,
  nextHref,
  firstHref,
}: {
  items: TaskListItem[];
  nextHref: string | null;
  firstHref: string | null;
}) {
  const t = await getTranslations("tasks.list");
  const tw = await getTranslations("workflow");
  const format = await getFormatter();
  if (items.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-input p-8 text-center text-muted-foreground">
        {t("empty")}
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <div className="rounded-lg border border-border bg-card md:overflow-x-auto">
        <table className="w-full text-left text-sm max-md:block">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="border-b border-border bg-muted text-xs tracking-wide text-muted-foreground uppercase max-md:hidden">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("columns.task")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("columns.status")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("columns.assignee")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("columns.due")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("columns.ticket")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border max-md:block">
            {items.map((task) => (
              <tr key={task.id} className="max-md:grid max-md:grid-cols-2 max-md:gap-1 max-md:p-3">
                <td className="px-3 py-2 max-md:col-span-2 max-md:p-0 max-md:text-base">
                  <span className="mr-2 font-mono text-muted-foreground">
                    {formatItemNumber("task", task.number)}
                  </span>
                  <Link
                    href={`/tasks/${task.number}`}
                    className="font-medium break-words text-link hover:underline"
                  >
                    {task.title}
                  </Link>
                </td>
                <td className="px-3 py-2 max-md:p-0">
                  <Badge>{tw(`categories.${task.category}`)}</Badge>
                </td>
                <td className="px-3 py-2 max-md:p-0 max-md:text-right">{task.assignee?.name ?? "—"}</td>
                <td className="px-3 py-2 whitespace-nowrap max-md:p-0">
                  {task.dueDate ? format.dateTime(new Date(`${task.dueDate}T00:00:00`), "date") : "—"}
                  {task.overdue ? (
                    <Badge className="ml-2 border-destructive text-destructive">{t("overdue")}</Badge>
                  ) : null}
                </td>
                <td className="px-3 py-2 max-md:p-0 max-md:text-right">
                  {task.ticket ? (
                    <Link href={`/tickets/${task.ticket.number}`} className="text-link hover:underline">
                      {formatItemNumber("ticket", task.ticket.number)}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <KeysetPager firstHref={firstHref} nextHref={nextHref} firstLabel={t("first")} nextLabel={t("next")} />
    </div>
  );
}
