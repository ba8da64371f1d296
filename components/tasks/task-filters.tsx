import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TASK_SCOPES, type TaskListQuery } from "@/lib/tasks/schemas";
import { cn } from "@/lib/ui/cn";
import { TASK_CATEGORIES } from "@/lib/workflow/task-workflow";
import { Button } from "../ui/button";
import { Label, NativeSelect } from "../ui/form-controls";
import type { EmployeeOption } from "./new-task-dialog";

/** The overview's filters as a plain GET form: they work before any JavaScript has loaded. */
export async function TaskFilters({
  query,
  employees,
}: {
  query: TaskListQuery;
  employees: EmployeeOption[];
}) {
  const t = await getTranslations("tasks.list");
  const tw = await getTranslations("workflow");
  return (
    <div className="space-y-3">
      <nav aria-label={t("scopeLabel")} className="flex flex-wrap gap-1">
        {TASK_SCOPES.map((scope) => {
          const current = scope === query.scope && !query.assignee;
          return (
            <Link
              key={scope}
              href={`/tasks?scope=${scope}`}
              aria-current={current ? "page" : undefined}
              className={cn(
                "rounded-md px-3 py-2 text-sm font-medium",
                current ? "bg-foreground text-background" : "text-foreground hover:bg-accent",
              )}
            >
              {t(`scopes.${scope}`)}
            </Link>
          );
        })}
      </nav>
      <form
        method="get"
        action="/tasks"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-border bg-card p-3"
      >
        <input type="hidden" name="scope" value={query.scope} />
        <div className="flex flex-col gap-1">
          <Label htmlFor="filter-status">{t("statusLabel")}</Label>
          <NativeSelect id="filter-status" name="status" defaultValue={query.status} className="w-auto">
            <option value="active">{t("statuses.active")}</option>
            {TASK_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {tw(`categories.${category}`)}
              </option>
            ))}
            <option value="any">{t("statuses.any")}</option>
          </NativeSelect>
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="filter-assignee">{t("assigneeLabel")}</Label>
          <NativeSelect
            id="filter-assignee"
            name="assignee"
            defaultValue={query.assignee ?? ""}
            className="w-auto"
          >
            <option value="">{t("anyAssignee")}</option>
            {employees.map((employee) => (
              <option key={employee.id} value={employee.id}>
                {employee.name}
              </option>
            ))}
          </NativeSelect>
        </div>
        <label className="flex min-h-11 items-center gap-2 text-sm sm:min-h-9">
          <input type="checkbox" name="overdue" value="1" defaultChecked={query.overdue} className="size-4" />
          {t("overdueLabel")}
        </label>
        <Button type="submit" variant="outline">
          {t("apply")}
        </Button>
      </form>
    </div>
  );
}
