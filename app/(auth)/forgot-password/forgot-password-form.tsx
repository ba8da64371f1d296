"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useActionFeedback } from "@/components/forms/action-feedback";
import { TextField } from "@/components/forms/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { requestPasswordResetAction } from "./actions";

export function ForgotPasswordForm() {
  const t = useTranslations("auth.forgot");
  const { execute, result, isPending } = useAction(requestPasswordResetAction);
  const { message, fields } = useActionFeedback(result);
  if (result.data) {
    return (
      <Alert tone="success" role="status">
        {t("sent", { email: result.data.email })}
      </Alert>
    );
  }
  return (
    <form
      method="post"
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ email: String(new FormData(event.currentTarget).get("email") ?? "") });
      }}
    >
      {message ? <Alert>{message}</Alert> : null}
      <TextField
        id="email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        required
        errors={fields.email}
      />
      <Button type="submit" variant="primary" className="w-full" disabled={isPending}>
        {t("submit")}
      </Button>
    </form>
  );
}
