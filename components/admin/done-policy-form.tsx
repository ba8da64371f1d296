"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useId, useState } from "react";
import { toast } from "sonner";
import { updateDonePolicyAction } from "@/app/actions/settings";
import { DONE_POLICY_MODES, type DonePolicy, type DonePolicyMode } from "@/lib/workflow/done-policy";
import { useActionFeedback } from "../forms/action-feedback";
import { TextField } from "../forms/text-field";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { FieldError } from "../ui/form-controls";
import { RadioGroup, RadioGroupItem } from "../ui/radio-group";

export function DonePolicyForm({ policy }: { policy: DonePolicy }) {
  const t = useTranslations();
  const router = useRouter();
  const uid = useId();
  const [mode, setMode] = useState<DonePolicyMode>(policy.mode);
  const [days, setDays] = useState(
    policy.autoCloseAfterDays === null ? "" : String(policy.autoCloseAfterDays),
  );
  const { execute, result, isPending } = useAction(updateDonePolicyAction, {
    onSuccess: ({ data }) => {
      toast.success(t("settings.workflow.saved"));
      setDays(data.autoCloseAfterDays === null ? "" : String(data.autoCloseAfterDays));
      router.refresh();
    },
  });
  const { message, fields } = useActionFeedback(result);
  const legendId = `${uid}-legend`;

  return (
    <form
      noValidate
      className="max-w-xl space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        // Empty means never; anything else goes to the verb, which explains what it accepts.
        execute({
          mode,
          autoCloseAfterDays: mode === "immediate" || days.trim() === "" ? null : Number(days),
        });
      }}
    >
      {message ? <Alert>{message}</Alert> : null}
      <fieldset className="space-y-2">
        <legend id={legendId} className="text-sm font-medium text-foreground">
          {t("settings.workflow.whenDone")}
        </legend>
        <RadioGroup
          aria-labelledby={legendId}
          className="flex-col gap-2"
          value={mode}
          onValueChange={(value) => setMode(value as DonePolicyMode)}
        >
          {DONE_POLICY_MODES.map((m) => (
            <div key={m} className="flex min-h-11 items-center gap-2 sm:min-h-0">
              <RadioGroupItem id={`${uid}-${m}`} value={m} />
              <label htmlFor={`${uid}-${m}`} className="flex min-h-11 items-center text-sm sm:min-h-0">
                {t(`workflow.donePolicy.${m}`)}
              </label>
            </div>
          ))}
        </RadioGroup>
        <FieldError id={`${uid}-mode-error`} messages={fields.mode} />
      </fieldset>
      <div className="max-w-xs">
        <TextField
          id={`${uid}-days`}
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          step={1}
          label={t("settings.workflow.autoClose")}
          placeholder={t("settings.workflow.never")}
          value={mode === "immediate" ? "" : days}
          disabled={mode === "immediate"}
          onChange={(event) => setDays(event.target.value)}
          errors={fields.autoCloseAfterDays}
        />
        <p className="mt-1 text-xs text-muted-foreground">
          {mode === "immediate" ? t("settings.workflow.immediateHint") : t("settings.workflow.autoCloseHint")}
        </p>
      </div>
      <Button type="submit" variant="primary" disabled={isPending}>
        {t("common.save")}
      </Button>
    </form>
  );
}
