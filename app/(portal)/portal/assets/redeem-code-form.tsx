"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useRef } from "react";
import { toast } from "sonner";
import { redeemAssetCodeAction } from "@/app/actions/assets";
import { useActionFeedback } from "@/components/forms/action-feedback";
import { TextField } from "@/components/forms/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function RedeemCodeForm() {
  const t = useTranslations("portal.assets");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const { execute, result, isPending } = useAction(redeemAssetCodeAction, {
    onSuccess: () => {
      toast.success(t("added"));
      formRef.current?.reset();
      router.refresh();
    },
  });
  const { message, fields } = useActionFeedback(result);
  return (
    <form
      ref={formRef}
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ accessCode: String(new FormData(event.currentTarget).get("accessCode") ?? "") });
      }}
    >
      {message ? <Alert>{message}</Alert> : null}
      <TextField
        id="accessCode"
        name="accessCode"
        label={t("accessCode")}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder={t("placeholder")}
        className="font-mono"
        required
        errors={fields.accessCode}
      />
      <Button type="submit" variant="primary" disabled={isPending}>
        {t("redeem")}
      </Button>
    </form>
  );
}
