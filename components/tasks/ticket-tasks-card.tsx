"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TaskListItem } from "@/lib/tasks/types";
import { formatItemNumber } from "@/lib/workflow/work-item-kinds";
import { Badge } from "../ui/badge";
import { Card, CardTitle } from "../ui/card";
import { type EmployeeOption, NewTaskDialog } from "./new-task-dialog";

/** A ticket's tasks, for employees: each links to its task; "New task" links the new one here. */
export function TicketTasksCard({
  ticketId,
  tasks,
  employees,
}: {
  ticketId: string;
  tasks: TaskListItem[];
  employees: EmployeeOption[];
}) {
  const t = useTranslations("tasks.onTicket");
  const tw = useTranslations("workflow");
  const tl = useTranslations("tasks.list");
  return (
    <Card aria-labelledby="tasks-heading">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <CardTitle id="tasks-heading">{t("title")}</CardTitle>
        <NewTaskDialog employees={employees} defaultAssigneeId={null} ticketId={ticketId} />
      </div>
      {tasks.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("none")}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {tasks.map((task) => (
            <li key={task.id} className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span className="font-mono text-muted-foreground">{formatItemNumber("task", task.number)}</span>
              <Link
                href={`/tasks/${task.number}`}
                className="min-w-0 font-medium break-words text-link hover:underline"
              >
                {task.title}
              </Link>
              <Badge>{tw(`categories.${task.category}`)}</Badge>
              {task.overdue ? (
                <Badge className="border-destructive text-destructive">{tl("overdue")}</Badge>
              ) : null}
              {task.assignee ? <span className="text-muted-foreground">{task.assignee.name}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
