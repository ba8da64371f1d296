"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { changeMyPasswordAction } from "@/app/actions/account";
import { useActionFeedback } from "../forms/action-feedback";
import { NewPasswordFields, repeatMismatch } from "../forms/new-password-fields";
import { TextField } from "../forms/text-field";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

/** Change one's own password: the current one first, the new one twice. */
export function PasswordForm() {
  const t = useTranslations();
  const [mismatch, setMismatch] = useState(false);
  const { execute, result, isPending, reset } = useAction(changeMyPasswordAction);
  const { message, fields } = useActionFeedback(result);
  return (
    <form
      method="post"
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        const differs = repeatMismatch(data, "newPassword");
        setMismatch(differs);
        if (differs) {
          reset();
          return;
        }
        execute({
          currentPassword: String(data.get("currentPassword") ?? ""),
          newPassword: String(data.get("newPassword") ?? ""),
        });
      }}
    >
      {message ? <Alert>{message}</Alert> : null}
      <TextField
        id="currentPassword"
        name="currentPassword"
        type="password"
        label={t("profile.password.current")}
        autoComplete="current-password"
        required
        errors={fields.currentPassword}
      />
      <NewPasswordFields
        name="newPassword"
        label={t("profile.password.new")}
        repeatLabel={t("profile.password.repeat")}
        hint={t("profile.password.hint")}
        errors={fields.newPassword}
        repeatErrors={mismatch ? [t("errors.validation.repeatPassword")] : undefined}
      />
      <Button type="submit" variant="primary" disabled={isPending}>
        {t("profile.password.submit")}
      </Button>
    </form>
  );
}
