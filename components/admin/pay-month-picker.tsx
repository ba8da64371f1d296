"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "../ui/button";
import { Input, Label } from "../ui/form-controls";

/** The month of Settings → Pay, kept in the URL (?month=YYYY-MM); works as a plain GET form too. */
export function PayMonthPicker({ month, basePath }: { month: string; basePath: string }) {
  const t = useTranslations("settings.pay");
  const router = useRouter();
  const id = useId();
  return (
    <form method="get" action={basePath} className="flex flex-wrap items-end gap-2">
      <div className="space-y-1">
        <Label htmlFor={id} className="block">
          {t("month")}
        </Label>
        <Input
          id={id}
          type="month"
          name="month"
          className="w-44"
          defaultValue={month}
          required
          onChange={(event) => {
            const value = event.target.value;
            if (/^\d{4}-\d{2}$/.test(value)) router.push(`${basePath}?month=${value}`);
          }}
        />
      </div>
      <Button type="submit" variant="outline">
        {t("show")}
      </Button>
    </form>
  );
}
