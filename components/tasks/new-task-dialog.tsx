"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { createTaskAction } from "@/app/actions/tasks";
import { formatItemNumber } from "@/lib/workflow/work-item-kinds";
import { actionFeedback, errorProps, type Feedback } from "../forms/action-feedback";
import { TextField } from "../forms/text-field";
import { CommandDialog } from "../tickets/command-dialog";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { FieldError, Label, NativeSelect, Textarea } from "../ui/form-controls";

export type EmployeeOption = { id: string; name: string };

/** "New task", on the task overview or on a ticket (then the task is linked to that ticket). */
export function NewTaskDialog({
  employees,
  defaultAssigneeId,
  ticketId,
}: {
  employees: EmployeeOption[];
  defaultAssigneeId: string | null;
  ticketId?: string;
}) {
  const t = useTranslations("tasks.new");
  return (
    <CommandDialog
      trigger={<Button variant={ticketId ? "outline" : "primary"}>{t("button")}</Button>}
      title={t("title")}
      description={ticketId ? t("descriptionOnTicket") : t("description")}
    >
      {(close) => (
        <NewTaskForm
          employees={employees}
          defaultAssigneeId={defaultAssigneeId}
          ticketId={ticketId}
          onDone={close}
        />
      )}
    </CommandDialog>
  );
}

function NewTaskForm({
  employees,
  defaultAssigneeId,
  ticketId,
  onDone,
}: {
  employees: EmployeeOption[];
  defaultAssigneeId: string | null;
  ticketId?: string;
  onDone: () => void;
}) {
  const t = useTranslations();
  const tn = useTranslations("tasks.new");
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const [feedback, setFeedback] = useState<Feedback>({ message: null, fields: {} });
  const submit = (form: HTMLFormElement) => {
    const data = new FormData(form);
    startTransition(async () => {
      const result = await createTaskAction({
        title: String(data.get("title") ?? ""),
        description: String(data.get("description") ?? ""),
        assigneeId: String(data.get("assigneeId") ?? "") || null,
        dueDate: String(data.get("dueDate") ?? "") || null,
        ticketId: ticketId ?? null,
      });
      const next = actionFeedback(result, t);
      setFeedback(next);
      if (next.message || !result?.data) return;
      onDone();
      toast.success(tn("created", { number: formatItemNumber("task", result.data.number) }));
      if (ticketId) void queryClient.invalidateQueries({ queryKey: ["tickets", "detail"] });
      else router.push(`/tasks/${result.data.number}`);
    });
  };
  const { fields } = feedback;
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        submit(event.currentTarget);
      }}
    >
      {feedback.message ? <Alert tone="error">{feedback.message}</Alert> : null}
      <TextField
        id="task-title"
        name="title"
        label={tn("titleLabel")}
        required
        maxLength={200}
        errors={fields.title}
      />
      <div className="space-y-1">
        <Label htmlFor="task-description">{tn("descriptionLabel")}</Label>
        <Textarea
          id="task-description"
          name="description"
          maxLength={10_000}
          {...errorProps("task-description", fields.description)}
        />
        <FieldError id="task-description-error" messages={fields.description} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <Label htmlFor="task-assignee">{tn("assigneeLabel")}</Label>
          <NativeSelect
            id="task-assignee"
            name="assigneeId"
            defaultValue={defaultAssigneeId ?? ""}
            {...errorProps("task-assignee", fields.assigneeId)}
          >
            <option value="">{tn("nobody")}</option>
            {employees.map((employee) => (
              <option key={employee.id} value={employee.id}>
                {employee.name}
              </option>
            ))}
          </NativeSelect>
          <FieldError id="task-assignee-error" messages={fields.assigneeId} />
        </div>
        <TextField id="task-due" name="dueDate" type="date" label={tn("dueLabel")} errors={fields.dueDate} />
      </div>
      <div className="flex justify-end">
        <Button type="submit" variant="primary" disabled={pending}>
          {tn("submit")}
        </Button>
      </div>
    </form>
  );
}
