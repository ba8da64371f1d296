"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { toast } from "sonner";
import { useActionFeedback } from "@/components/forms/action-feedback";
import { TextField } from "@/components/forms/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { updateMyPhoneAction } from "./actions";

export function PhoneForm({ phone }: { phone: string | null }) {
  const t = useTranslations("profile.phone");
  const router = useRouter();
  const { execute, result, isPending } = useAction(updateMyPhoneAction, {
    onSuccess: ({ data }) => {
      toast.success(data.phone ? t("saved") : t("removed"));
      router.refresh();
    },
  });
  const { message, fields } = useActionFeedback(result);
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ phone: String(new FormData(event.currentTarget).get("phone") ?? "") });
      }}
    >
      {message ? <Alert>{message}</Alert> : null}
      <TextField
        id="phone"
        name="phone"
        type="tel"
        label={t("label")}
        autoComplete="tel"
        placeholder={t("placeholder")}
        defaultValue={phone ?? ""}
        errors={fields.phone}
      />
      <Button type="submit" variant="primary" disabled={isPending}>
        {t("save")}
      </Button>
    </form>
  );
}
