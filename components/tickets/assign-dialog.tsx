"use client";

import { useState } from "react";
import { ROLE_LABELS, type Role } from "@/lib/workflow/roles";
import { Button } from "../ui/button";
import { Checkbox } from "../ui/checkbox";
import { Dialog, DialogContent, DialogTrigger } from "../ui/dialog";

export function AssignDialog({
  employees,
  assigned,
  disabled,
  onSave,
}: {
  employees: { id: string; name: string; role: string }[];
  assigned: string[];
  disabled: boolean;
  onSave: (userIds: string[], close: () => void) => void;
}) {
  const [open, setOpen] = useState(false);
  const [selected, setSelected] = useState<string[]>(assigned);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setSelected(assigned);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" disabled={disabled}>
          Assign
        </Button>
      </DialogTrigger>
      <DialogContent
        title="Assign employees"
        description="Assigned employees may work on the ticket and change its status."
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onSave(selected, () => setOpen(false));
          }}
        >
          <ul className="max-h-72 space-y-2 overflow-y-auto">
            {employees.map((employee) => (
              <li key={employee.id} className="flex items-center gap-3">
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
                <span className="text-xs text-slate-500">{ROLE_LABELS[employee.role as Role]}</span>
              </li>
            ))}
          </ul>
          <div className="mt-5 flex justify-end">
            <Button type="submit" variant="primary" disabled={disabled}>
              Save
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
