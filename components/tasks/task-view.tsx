"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { changeTaskStatusAction } from "@/app/actions/tasks";
import type { TaskDetail } from "@/lib/tasks/types";
import { workItemKeys } from "@/lib/work-items/query-keys";
import { formatItemNumber } from "@/lib/workflow/work-item-kinds";
import { StatusBar } from "../status-bar/status-bar";
import { HistoryList } from "../tickets/history-list";
import { ProblemAlert } from "../tickets/problem-alert";
import { fetchJson } from "../tickets/ticket-fetch";
import { Badge } from "../ui/badge";
import { Card, CardTitle } from "../ui/card";
import { DateTime } from "../ui/date-time";
import { useWorkItemCommand } from "../work-items/use-work-item-command";
import { EditTaskDialog } from "./edit-task-dialog";
import type { EmployeeOption } from "./new-task-dialog";
import { TaskStatusMenu } from "./task-status-menu";

const keys = workItemKeys("task");

export function TaskView({ initial, employees }: { initial: TaskDetail; employees: EmployeeOption[] }) {
  const t = useTranslations("tasks.detail");
  const tw = useTranslations("workflow");
  const format = useFormatter();
  const { data: task } = useQuery({
    queryKey: keys.detail(initial.number),
    queryFn: () => fetchJson<TaskDetail>(`/api/tasks/${initial.number}`),
    initialData: initial,
  });
  const { run, pending, problem, reload } = useWorkItemCommand("task", task.number);
  const dialog = useWorkItemCommand("task", task.number);
  return (
    <article className="space-y-5">
      <header className="space-y-1">
        <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          <span className="font-mono font-medium text-foreground">
            {formatItemNumber("task", task.number)}
          </span>
          <Badge>{tw(`categories.${task.category}`)}</Badge>
          {task.overdue ? (
            <Badge className="border-destructive text-destructive">{t("overdue")}</Badge>
          ) : null}
        </p>
        <h1 className="text-2xl font-semibold break-words text-foreground">{task.title}</h1>
      </header>
      <StatusBar model={task.bar} />
      <ProblemAlert problem={problem} onReload={reload} />
      <div className="flex flex-wrap items-center gap-2">
        <TaskStatusMenu
          moves={task.moves}
          disabled={pending}
          onChoose={(move) =>
            run(
              () =>
                changeTaskStatusAction({ taskId: task.id, version: task.version, statusId: move.statusId }),
              t("statusChanged", { status: tw(`categories.${move.category}`) }),
            )
          }
        />
        {task.mayEdit ? (
          <EditTaskDialog
            task={task}
            employees={employees}
            disabled={pending || dialog.pending}
            problem={dialog.problem}
            onReload={dialog.reload}
            onOpenChange={dialog.dismiss}
            run={dialog.run}
          />
        ) : null}
      </div>
      <div className="grid gap-5 lg:grid-cols-3">
        <div className="min-w-0 space-y-5 lg:col-span-2">
          <Card aria-labelledby="description-heading">
            <CardTitle id="description-heading">{t("description")}</CardTitle>
            <p className="text-sm break-words whitespace-pre-wrap text-foreground">
              {task.description || t("noDescription")}
            </p>
          </Card>
          <Card aria-labelledby="history-heading">
            <CardTitle id="history-heading">{t("history")}</CardTitle>
            <HistoryList items={task.history} label={t("history")} />
          </Card>
        </div>
        <Card aria-labelledby="details-heading" className="min-w-0 self-start">
          <CardTitle id="details-heading">{t("details")}</CardTitle>
          <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
            <dt className="text-muted-foreground">{t("assignee")}</dt>
            <dd>{task.assignee?.name ?? t("nobody")}</dd>
            <dt className="text-muted-foreground">{t("due")}</dt>
            <dd>
              {task.dueDate ? format.dateTime(new Date(`${task.dueDate}T00:00:00`), "date") : t("noDue")}
            </dd>
            <dt className="text-muted-foreground">{t("ticket")}</dt>
            <dd className="break-words">
              {task.ticket ? (
                <Link
                  className="text-link underline-offset-4 hover:underline"
                  href={`/tickets/${task.ticket.number}`}
                >
                  {formatItemNumber("ticket", task.ticket.number)} {task.ticket.title}
                </Link>
              ) : (
                t("noTicket")
              )}
            </dd>
            <dt className="text-muted-foreground">{t("createdBy")}</dt>
            <dd>{task.creator.name}</dd>
            <dt className="text-muted-foreground">{t("created")}</dt>
            <dd>
              <DateTime value={task.createdAt} />
            </dd>
          </dl>
        </Card>
      </div>
    </article>
  );
}
