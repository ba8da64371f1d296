"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useActionFeedback } from "@/components/forms/action-feedback";
import { TextField } from "@/components/forms/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { registerCustomerAction } from "./actions";

export function RegisterForm() {
  // On success the action signs the customer in and redirects to the portal.
  const t = useTranslations("auth.register");
  const tAuth = useTranslations("auth");
  const { execute, result, isPending, hasNavigated } = useAction(registerCustomerAction);
  const { message, fields } = useActionFeedback(result);
  const busy = isPending || hasNavigated;
  return (
    // POST, so that a submit before hydration never puts the password in the address bar.
    <form
      method="post"
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        execute({
          name: String(data.get("name") ?? ""),
          email: String(data.get("email") ?? ""),
          password: String(data.get("password") ?? ""),
          accessCode: String(data.get("accessCode") ?? ""),
          phone: String(data.get("phone") ?? ""),
        });
      }}
    >
      {message ? <Alert>{message}</Alert> : null}
      <TextField id="name" name="name" label={t("name")} autoComplete="name" required errors={fields.name} />
      <TextField
        id="email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        required
        errors={fields.email}
      />
      <TextField
        id="password"
        name="password"
        type="password"
        label={t("password")}
        autoComplete="new-password"
        minLength={10}
        required
        hint={tAuth("passwordHint")}
        errors={fields.password}
      />
      <TextField
        id="accessCode"
        name="accessCode"
        label={t("accessCode")}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder={t("accessCodePlaceholder")}
        className="font-mono"
        required
        errors={fields.accessCode}
      />
      <div className="space-y-1">
        <TextField
          id="phone"
          name="phone"
          type="tel"
          label={t("phone")}
          autoComplete="tel"
          placeholder={t("phonePlaceholder")}
          errors={fields.phone}
        />
        <p className="text-xs text-muted-foreground">{t("phoneHint")}</p>
      </div>
      <Button type="submit" variant="primary" className="w-full" disabled={busy}>
        {t("submit")}
      </Button>
    </form>
  );
}
