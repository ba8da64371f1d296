"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useActionFeedback } from "@/components/forms/action-feedback";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { unsubscribeAction } from "./actions";

/** A button, not the link itself: mail scanners open links, and must not unsubscribe anyone. */
export function UnsubscribeForm({ token }: { token: string }) {
  const t = useTranslations("auth.unsubscribe");
  const { execute, result, isPending, hasSucceeded } = useAction(unsubscribeAction);
  const { message } = useActionFeedback(result);
  if (hasSucceeded) {
    return (
      <div className="space-y-4">
        <Alert tone="success" role="status">
          {t("done", { email: result.data?.email ?? "" })}
        </Alert>
        <p className="text-sm text-muted-foreground">
          {t("again")}{" "}
          <Link href="/portal/profile" className="text-link underline underline-offset-2">
            {t("profile")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ token });
      }}
    >
      {message ? <Alert>{message}</Alert> : null}
      <Button type="submit" variant="primary" className="w-full" disabled={isPending}>
        {t("submit")}
      </Button>
    </form>
  );
}
