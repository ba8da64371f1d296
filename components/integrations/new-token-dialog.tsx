"use client";

import { KeyRound } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useId, useState } from "react";
import { createApiTokenAction } from "@/app/actions/api-tokens";
import { TOKEN_LIFETIMES } from "@/lib/api-tokens/schemas";
import { errorProps, useActionFeedback } from "../forms/action-feedback";
import { TextField } from "../forms/text-field";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { FieldError, Label, NativeSelect } from "../ui/form-controls";
import { SecretDialog } from "./secret-dialog";

export function NewTokenDialog() {
  const t = useTranslations("profile.apiTokens");
  const router = useRouter();
  const uid = useId();
  const [token, setToken] = useState<string | null>(null);
  const { execute, result, isPending, reset } = useAction(createApiTokenAction, {
    onSuccess: ({ data }) => {
      setToken(data.token);
      router.refresh();
    },
  });
  const { message, fields } = useActionFeedback(result);

  return (
    <SecretDialog
      trigger={
        <Button variant="primary">
          <KeyRound aria-hidden />
          {t("new")}
        </Button>
      }
      title={t("newTitle")}
      description={t("newDescription")}
      secretLabel={t("token")}
      secret={token}
      onOpen={() => {
        reset();
        setToken(null);
      }}
    >
      <form
        noValidate
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          execute({
            name: String(data.get("name") ?? ""),
            scopes: data.get("access") === "write" ? ["read", "write"] : ["read"],
            lifetime: String(data.get("lifetime") ?? "90") as (typeof TOKEN_LIFETIMES)[number],
          });
        }}
      >
        {message ? <Alert>{message}</Alert> : null}
        <TextField
          id={`${uid}-name`}
          name="name"
          label={t("name")}
          hint={t("nameHint")}
          autoComplete="off"
          maxLength={80}
          required
          errors={fields.name}
        />
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">{t("access")}</legend>
          {(["read", "write"] as const).map((access) => (
            <label key={access} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="access"
                value={access}
                defaultChecked={access === "read"}
                className="mt-1"
              />
              <span>
                {t(`accessOptions.${access}`)}
                <span className="block text-xs text-muted-foreground">{t(`accessHints.${access}`)}</span>
              </span>
            </label>
          ))}
          <FieldError id={`${uid}-scopes-error`} messages={fields.scopes} />
        </fieldset>
        <div className="space-y-1">
          <Label htmlFor={`${uid}-lifetime`}>{t("expires")}</Label>
          <NativeSelect
            id={`${uid}-lifetime`}
            name="lifetime"
            defaultValue="90"
            {...errorProps(`${uid}-lifetime`, fields.lifetime)}
          >
            {TOKEN_LIFETIMES.map((lifetime) => (
              <option key={lifetime} value={lifetime}>
                {t(`lifetimes.${lifetime}`)}
              </option>
            ))}
          </NativeSelect>
          <FieldError id={`${uid}-lifetime-error`} messages={fields.lifetime} />
        </div>
        <div className="flex justify-end">
          <Button type="submit" variant="primary" disabled={isPending}>
            {t("create")}
          </Button>
        </div>
      </form>
    </SecretDialog>
  );
}
