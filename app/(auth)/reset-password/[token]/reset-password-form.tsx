"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { useActionFeedback } from "@/components/forms/action-feedback";
import { NewPasswordFields, repeatMismatch } from "@/components/forms/new-password-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations();
  const { execute, result, isPending, hasNavigated } = useAction(resetPasswordAction);
  const { message, fields } = useActionFeedback(result);
  const [mismatch, setMismatch] = useState(false);
  return (
    <form
      method="post"
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const differs = repeatMismatch(data, "password");
        setMismatch(differs);
        if (!differs) execute({ token, password: String(data.get("password") ?? "") });
      }}
    >
      {message && !mismatch ? <Alert>{message}</Alert> : null}
      <NewPasswordFields
        name="password"
        label={t("auth.reset.password")}
        repeatLabel={t("auth.reset.repeat")}
        hint={t("auth.passwordHint")}
        errors={mismatch ? undefined : fields.password}
        repeatErrors={mismatch ? [t("errors.validation.repeatPassword")] : undefined}
      />
      <Button type="submit" variant="primary" className="w-full" disabled={isPending || hasNavigated}>
        {t("auth.reset.submit")}
      </Button>
    </form>
  );
}
