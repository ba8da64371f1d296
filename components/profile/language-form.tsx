"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { updateMyLocaleAction } from "@/app/actions/profile";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { useActionFeedback } from "../forms/action-feedback";
import { Alert } from "../ui/alert";
import { Label, NativeSelect } from "../ui/form-controls";

/** The language of the product for this person; "browser" follows the browser's setting. */
export function LanguageForm({ locale }: { locale: Locale | null }) {
  const t = useTranslations("profile.language");
  const router = useRouter();
  const { execute, result, isPending } = useAction(updateMyLocaleAction, {
    // The whole page is in the old language: render it again in the new one.
    onSuccess: () => router.refresh(),
  });
  const { message } = useActionFeedback(result);
  return (
    <div className="space-y-2">
      {message ? <Alert>{message}</Alert> : null}
      <Label htmlFor="language">{t("label")}</Label>
      <NativeSelect
        id="language"
        className="max-w-xs"
        defaultValue={locale ?? ""}
        disabled={isPending}
        onChange={(event) => execute({ locale: (event.target.value || null) as Locale | null })}
      >
        <option value="">{t("browser")}</option>
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </NativeSelect>
      <p className="text-xs text-muted-foreground">{t("hint")}</p>
    </div>
  );
}
