"use client";

import { UserPlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useId, useState } from "react";
import { toast } from "sonner";
import { createEmployeeAction } from "@/app/actions/users";
import { ROLE_LABELS, STAFF_ROLES } from "@/lib/workflow/roles";
import { actionFeedback, errorProps } from "../forms/action-feedback";
import { TextField } from "../forms/text-field";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Dialog, DialogContent, DialogTrigger } from "../ui/dialog";
import { FieldError, Label, NativeSelect } from "../ui/form-controls";

export function NewEmployeeDialog() {
  const router = useRouter();
  const uid = useId();
  const [open, setOpen] = useState(false);
  const { execute, result, isPending, reset } = useAction(createEmployeeAction, {
    onSuccess: ({ data }) => {
      toast.success(`${data.name} can now sign in`);
      setOpen(false);
      router.refresh();
    },
  });
  const { message, fields } = actionFeedback(result);

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="primary">
          <UserPlus aria-hidden />
          New employee
        </Button>
      </DialogTrigger>
      <DialogContent
        title="New employee"
        description="The employee signs in with this e-mail and initial password."
      >
        <form
          noValidate
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            execute({
              name: String(data.get("name") ?? ""),
              email: String(data.get("email") ?? ""),
              password: String(data.get("password") ?? ""),
              role: String(data.get("role") ?? "member") as (typeof STAFF_ROLES)[number],
            });
          }}
        >
          {message ? <Alert>{message}</Alert> : null}
          <TextField
            id={`${uid}-name`}
            name="name"
            label="Name"
            autoComplete="off"
            required
            errors={fields.name}
          />
          <TextField
            id={`${uid}-email`}
            name="email"
            type="email"
            label="Email"
            autoComplete="off"
            required
            errors={fields.email}
          />
          <TextField
            id={`${uid}-password`}
            name="password"
            type="password"
            label="Password"
            autoComplete="new-password"
            minLength={8}
            required
            errors={fields.password}
          />
          <div className="space-y-1">
            <Label htmlFor={`${uid}-role`}>Role</Label>
            <NativeSelect
              id={`${uid}-role`}
              name="role"
              defaultValue="member"
              {...errorProps(`${uid}-role`, fields.role)}
            >
              {STAFF_ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </NativeSelect>
            <FieldError id={`${uid}-role-error`} messages={fields.role} />
          </div>
          <div className="flex justify-end">
            <Button type="submit" variant="primary" disabled={isPending}>
              Create
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
