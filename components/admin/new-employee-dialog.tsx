"use client";

import { UserPlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useId, useState } from "react";
import { toast } from "sonner";
import { createEmployeeAction } from "@/app/actions/users";
import { STAFF_ROLES } from "@/lib/workflow/roles";
import { errorProps, useActionFeedback } from "../forms/action-feedback";
import { TextField } from "../forms/text-field";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Dialog, DialogContent, DialogTrigger } from "../ui/dialog";
import { FieldError, Label, NativeSelect } from "../ui/form-controls";

export function NewEmployeeDialog() {
  const t = useTranslations();
  const router = useRouter();
  const uid = useId();
  const [open, setOpen] = useState(false);
  const { execute, result, isPending, reset } = useAction(createEmployeeAction, {
    onSuccess: ({ data }) => {
      toast.success(t("settings.users.new.created", { name: data.name }));
      setOpen(false);
      router.refresh();
    },
  });
  const { message, fields } = useActionFeedback(result);

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
          {t("settings.users.new.button")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("settings.users.new.title")} description={t("settings.users.new.description")}>
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
            label={t("settings.users.new.name")}
            autoComplete="off"
            required
            errors={fields.name}
          />
          <TextField
            id={`${uid}-email`}
            name="email"
            type="email"
            label={t("settings.users.new.email")}
            autoComplete="off"
            required
            errors={fields.email}
          />
          <TextField
            id={`${uid}-password`}
            name="password"
            type="password"
            label={t("settings.users.new.password")}
            autoComplete="new-password"
            minLength={10}
            required
            hint={t("profile.password.hint")}
            errors={fields.password}
          />
          <div className="space-y-1">
            <Label htmlFor={`${uid}-role`}>{t("settings.users.new.role")}</Label>
            <NativeSelect
              id={`${uid}-role`}
              name="role"
              defaultValue="member"
              {...errorProps(`${uid}-role`, fields.role)}
            >
              {STAFF_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`workflow.roles.${role}`)}
                </option>
              ))}
            </NativeSelect>
            <FieldError id={`${uid}-role-error`} messages={fields.role} />
          </div>
          <div className="flex justify-end">
            <Button type="submit" variant="primary" disabled={isPending}>
              {t("common.create")}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
