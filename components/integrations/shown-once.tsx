"use client";

import { Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { toast } from "sonner";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Input, Label } from "../ui/form-controls";

/** A secret shown this once (a token, a signing secret): read-only, selectable, with a copy button. */
export function ShownOnce({ label, value }: { label: string; value: string }) {
  const t = useTranslations("profile.shownOnce");
  const id = useId();
  return (
    <div className="space-y-2">
      <Alert tone="info" role="status">
        {t("shownOnce")}
      </Alert>
      <Label htmlFor={id}>{label}</Label>
      <div className="flex gap-2">
        <Input
          id={id}
          readOnly
          value={value}
          className="font-mono text-xs"
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button
          type="button"
          variant="outline"
          onClick={async () => {
            await navigator.clipboard.writeText(value);
            toast.success(t("copied"));
          }}
        >
          <Copy aria-hidden />
          {t("copy")}
        </Button>
      </div>
    </div>
  );
}
