"use client";

import { useTranslations } from "next-intl";
import { editTaskAction } from "@/app/actions/tasks";
import type { ActionError } from "@/lib/server/action-client";
import type { TaskDetail } from "@/lib/tasks/types";
import { errorProps } from "../forms/action-feedback";
import { TextField } from "../forms/text-field";
import { CommandDialog } from "../tickets/command-dialog";
import { ProblemAlert } from "../tickets/problem-alert";
import { Button } from "../ui/button";
import { FieldError, Label, NativeSelect, Textarea } from "../ui/form-controls";
import type { useWorkItemCommand } from "../work-items/use-work-item-command";
import type { EmployeeOption } from "./new-task-dialog";

/** Edits a task's title, description, assignee and due date; a refusal keeps the dialog open. */
export function EditTaskDialog({
  task,
  employees,
  disabled,
  problem,
  onReload,
  onOpenChange,
  run,
}: {
  task: TaskDetail;
  employees: EmployeeOption[];
  disabled: boolean;
  problem: ActionError | null;
  onReload: () => void;
  onOpenChange: () => void;
  run: ReturnType<typeof useWorkItemCommand>["run"];
}) {
  const t = useTranslations("tasks.edit");
  const tn = useTranslations("tasks.new");
  const fields = problem?.fieldErrors ?? {};
  return (
    <CommandDialog
      trigger={
        <Button variant="outline" disabled={disabled}>
          {t("button")}
        </Button>
      }
      title={t("title")}
      description={t("description")}
      onOpenChange={onOpenChange}
    >
      {(close) => (
        <form
          key={task.version}
          noValidate
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            run(
              () =>
                editTaskAction({
                  taskId: task.id,
                  version: task.version,
                  title: String(data.get("title") ?? ""),
                  description: String(data.get("description") ?? ""),
                  assigneeId: String(data.get("assigneeId") ?? "") || null,
                  dueDate: String(data.get("dueDate") ?? "") || null,
                }),
              t("saved"),
              close,
            );
          }}
        >
          <ProblemAlert
            problem={problem}
            onReload={onReload}
            inlineFields={["title", "description", "assigneeId", "dueDate"]}
          />
          <TextField
            id="edit-title"
            name="title"
            label={tn("titleLabel")}
            defaultValue={task.title}
            errors={fields.title}
          />
          <div className="space-y-1">
            <Label htmlFor="edit-description">{tn("descriptionLabel")}</Label>
            <Textarea
              id="edit-description"
              name="description"
              defaultValue={task.description}
              {...errorProps("edit-description", fields.description)}
            />
            <FieldError id="edit-description-error" messages={fields.description} />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="space-y-1">
              <Label htmlFor="edit-assignee">{tn("assigneeLabel")}</Label>
              <NativeSelect
                id="edit-assignee"
                name="assigneeId"
                defaultValue={task.assignee?.id ?? ""}
                {...errorProps("edit-assignee", fields.assigneeId)}
              >
                <option value="">{tn("nobody")}</option>
                {employees.map((employee) => (
                  <option key={employee.id} value={employee.id}>
                    {employee.name}
                  </option>
                ))}
              </NativeSelect>
              <FieldError id="edit-assignee-error" messages={fields.assigneeId} />
            </div>
            <TextField
              id="edit-due"
              name="dueDate"
              type="date"
              label={tn("dueLabel")}
              defaultValue={task.dueDate ?? ""}
              errors={fields.dueDate}
            />
          </div>
          <div className="flex justify-end">
            <Button type="submit" variant="primary" disabled={disabled}>
              {t("submit")}
            </Button>
          </div>
        </form>
      )}
    </CommandDialog>
  );
}
