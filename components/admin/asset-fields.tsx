"use client";

import { useTranslations } from "next-intl";
import type { Role } from "@/lib/workflow/roles";
import type { FieldErrors } from "../forms/action-feedback";
import { TextField } from "../forms/text-field";
import { Checkbox } from "../ui/checkbox";
import { FieldError } from "../ui/form-controls";

export type EmployeeChoice = { id: string; name: string; role: Role };

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
  const t = useTranslations();
  return (
    <>
      <TextField
        id={`${uid}-name`}
        name="name"
        label={t("settings.assets.fields.name")}
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
        <legend className="text-sm font-medium text-foreground">
          {t("settings.assets.fields.responsibles")}
        </legend>
        <p className="text-xs text-muted-foreground">{t("settings.assets.fields.responsiblesHint")}</p>
        {employees.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("settings.assets.fields.noEmployees")}</p>
        ) : null}
        <ul className="max-h-56 space-y-1 overflow-y-auto sm:space-y-2">
          {employees.map((employee) => (
            <li key={employee.id} className="flex min-h-11 items-center gap-3 sm:min-h-0">
              <Checkbox
                id={`${uid}-emp-${employee.id}`}
                checked={selected.includes(employee.id)}
                onCheckedChange={(checked) =>
                  onSelectedChange(
                    checked ? [...selected, employee.id] : selected.filter((id) => id !== employee.id),
                  )
                }
              />
              <label
                htmlFor={`${uid}-emp-${employee.id}`}
                className="flex min-h-11 min-w-0 items-center text-sm break-words sm:min-h-0"
              >
                {employee.name}
              </label>
              <span className="text-xs text-muted-foreground">{t(`workflow.roles.${employee.role}`)}</span>
            </li>
          ))}
        </ul>
        <FieldError id={`${uid}-resp-error`} messages={fields.responsibleIds} />
      </fieldset>
    </>
  );
}
