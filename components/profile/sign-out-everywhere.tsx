"use client";

import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { signOutEverywhereAction } from "@/app/actions/account";
import { useActionFeedback } from "../forms/action-feedback";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";

/** Ends every session of the account, this one too, after asking. */
export function SignOutEverywhere() {
  const t = useTranslations("profile.sessions");
  const { executeAsync, result, isPending, hasNavigated } = useAction(signOutEverywhereAction);
  const { message } = useActionFeedback(result);
  return (
    <ConfirmDialog
      title={t("confirmTitle")}
      description={t("confirmText")}
      confirmLabel={t("confirm")}
      destructive
      pending={isPending || hasNavigated}
      trigger={
        <Button type="button" variant="outline">
          {t("button")}
        </Button>
      }
      onConfirm={async () => {
        const outcome = await executeAsync();
        return !outcome?.serverError;
      }}
    >
      {message ? <Alert>{message}</Alert> : null}
    </ConfirmDialog>
  );
}
