"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionError } from "@/lib/server/action-client";
import type { Role } from "@/lib/workflow/roles";
import { Button } from "../ui/button";
import { Checkbox } from "../ui/checkbox";
import { FieldError } from "../ui/form-controls";
import { CommandDialog } from "./command-dialog";
import { ProblemAlert } from "./problem-alert";

type Employee = { id: string; name: string; role: string };

/** A refused save keeps the dialog open and shows why in it (the page behind is inert while it is open). */
export function AssignDialog({
  employees,
  assigned,
  disabled,
  problem,
  onReload,
  onOpenChange,
  onSave,
}: {
  employees: Employee[];
  assigned: string[];
  disabled: boolean;
  problem: ActionError | null;
  onReload: () => void;
  onOpenChange?: (open: boolean) => void;
  onSave: (userIds: string[], close: () => void) => void;
}) {
  const t = useTranslations("tickets.assign");
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
        // Mounted on open; a reload that brings other assignees starts the choice afresh.
        <AssignForm
          key={assigned.join()}
          employees={employees}
          assigned={assigned}
          disabled={disabled}
          problem={problem}
          onReload={onReload}
          onSave={(userIds) => onSave(userIds, close)}
        />
      )}
    </CommandDialog>
  );
}

function AssignForm({
  employees,
  assigned,
  disabled,
  problem,
  onReload,
  onSave,
}: {
  employees: Employee[];
  assigned: string[];
  disabled: boolean;
  problem: ActionError | null;
  onReload: () => void;
  onSave: (userIds: string[]) => void;
}) {
  const t = useTranslations();
  const [selected, setSelected] = useState<string[]>(assigned);
  const fieldError = problem?.fieldErrors?.userIds;
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(selected);
      }}
    >
      <ProblemAlert problem={problem} onReload={onReload} inlineFields={["userIds"]} />
      <ul
        className="max-h-72 space-y-2 overflow-y-auto"
        aria-describedby={fieldError ? "assign-error" : undefined}
      >
        {employees.map((employee) => (
          <li key={employee.id} className="flex min-h-11 items-center gap-3 sm:min-h-0">
            <Checkbox
              id={`assign-${employee.id}`}
              checked={selected.includes(employee.id)}
              onCheckedChange={(checked) =>
                setSelected((current) =>
                  checked ? [...current, employee.id] : current.filter((id) => id !== employee.id),
                )
              }
            />
            <label htmlFor={`assign-${employee.id}`} className="text-sm">
              {employee.name}
            </label>
            <span className="text-xs text-muted-foreground">
              {t(`workflow.roles.${employee.role as Role}`)}
            </span>
          </li>
        ))}
      </ul>
      <FieldError id="assign-error" messages={fieldError} />
      <div className="flex justify-end">
        <Button type="submit" variant="primary" disabled={disabled}>
          {t("common.save")}
        </Button>
      </div>
    </form>
  );
}
