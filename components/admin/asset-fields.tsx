"use client";

import { ROLE_LABELS } from "@/lib/workflow/roles";
import type { FieldErrors } from "../forms/action-feedback";
import { TextField } from "../forms/text-field";
import { Checkbox } from "../ui/checkbox";
import { FieldError } from "../ui/form-controls";

export type EmployeeChoice = { id: string; name: string; role: keyof typeof ROLE_LABELS };

/** Name and responsible employees: the fields shared by the New asset and Edit dialogs. */
export function AssetFields({
  uid,
  employees,
  defaultName,
  selected,
  onSelectedChange,
  fields,
}: {
  uid: string;
  employees: EmployeeChoice[];
  defaultName?: string;
  selected: string[];
  onSelectedChange: (ids: string[]) => void;
  fields: FieldErrors;
}) {
  return (
    <>
      <TextField
        id={`${uid}-name`}
        name="name"
        label="Name"
        autoComplete="off"
        required
        maxLength={120}
        defaultValue={defaultName}
        errors={fields.name}
      />
      <fieldset
        className="space-y-2"
        aria-describedby={fields.responsibleIds ? `${uid}-resp-error` : undefined}
      >
        <legend className="text-sm font-medium text-slate-800">Responsible employees</legend>
        <p className="text-xs text-slate-500">They receive the offers of this asset's tickets.</p>
        {employees.length === 0 ? (
          <p className="text-sm text-slate-600">There are no active employees.</p>
        ) : null}
        <ul className="max-h-56 space-y-2 overflow-y-auto">
          {employees.map((employee) => (
            <li key={employee.id} className="flex items-center gap-3">
              <Checkbox
                id={`${uid}-emp-${employee.id}`}
                checked={selected.includes(employee.id)}
                onCheckedChange={(checked) =>
                  onSelectedChange(
                    checked ? [...selected, employee.id] : selected.filter((id) => id !== employee.id),
                  )
                }
              />
              <label htmlFor={`${uid}-emp-${employee.id}`} className="text-sm">
                {employee.name}
              </label>
              <span className="text-xs text-slate-500">{ROLE_LABELS[employee.role]}</span>
            </li>
          ))}
        </ul>
        <FieldError id={`${uid}-resp-error`} messages={fields.responsibleIds} />
      </fieldset>
    </>
  );
}
