"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { useActionFeedback } from "@/components/forms/action-feedback";
import { Alert } from "@/components/ui/alert";
import { Checkbox } from "@/components/ui/checkbox";
import { setMyEmailNotificationsAction } from "./actions";

/** Saved on every change, as a switch: there is nothing else on the card to submit with it. */
export function EmailNotificationsForm({ enabled }: { enabled: boolean }) {
  const t = useTranslations("profile.emailNotifications");
  const router = useRouter();
  const [checked, setChecked] = useState(enabled);
  const { execute, result, isPending } = useAction(setMyEmailNotificationsAction, {
    onSuccess: ({ data }) => {
      setChecked(data.enabled);
      toast.success(data.enabled ? t("on") : t("off"));
      router.refresh();
    },
    onError: () => setChecked(enabled),
  });
  const { message } = useActionFeedback(result);
  return (
    <div className="space-y-3">
      {message ? <Alert>{message}</Alert> : null}
      <div className="flex min-h-11 items-center gap-3 sm:min-h-0">
        <Checkbox
          id="email-notifications"
          checked={checked}
          disabled={isPending}
          onCheckedChange={(value) => {
            setChecked(value === true);
            execute({ enabled: value === true });
          }}
        />
        <label htmlFor="email-notifications" className="text-sm">
          {t("label")}
        </label>
      </div>
    </div>
  );
}
