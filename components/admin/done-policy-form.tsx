"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useId, useState } from "react";
import { toast } from "sonner";
import { updateDonePolicyAction } from "@/app/actions/settings";
import {
  DONE_POLICY_LABELS,
  DONE_POLICY_MODES,
  type DonePolicy,
  type DonePolicyMode,
} from "@/lib/workflow/done-policy";
import { actionFeedback } from "../forms/action-feedback";
import { TextField } from "../forms/text-field";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { FieldError } from "../ui/form-controls";
import { RadioGroup, RadioGroupItem } from "../ui/radio-group";

export function DonePolicyForm({ policy }: { policy: DonePolicy }) {
  const router = useRouter();
  const uid = useId();
  const [mode, setMode] = useState<DonePolicyMode>(policy.mode);
  const [days, setDays] = useState(
    policy.autoCloseAfterDays === null ? "" : String(policy.autoCloseAfterDays),
  );
  const { execute, result, isPending } = useAction(updateDonePolicyAction, {
    onSuccess: ({ data }) => {
      toast.success("Done policy saved");
      setDays(data.autoCloseAfterDays === null ? "" : String(data.autoCloseAfterDays));
      router.refresh();
    },
  });
  const { message, fields } = actionFeedback(result);
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
        <legend id={legendId} className="text-sm font-medium text-slate-800">
          When a ticket is done
        </legend>
        <RadioGroup
          aria-labelledby={legendId}
          className="flex-col gap-2"
          value={mode}
          onValueChange={(value) => setMode(value as DonePolicyMode)}
        >
          {DONE_POLICY_MODES.map((m) => (
            <div key={m} className="flex items-center gap-2">
              <RadioGroupItem id={`${uid}-${m}`} value={m} />
              <label htmlFor={`${uid}-${m}`} className="text-sm">
                {DONE_POLICY_LABELS[m]}
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
          label="Close automatically after (days)"
          placeholder="Never"
          value={mode === "immediate" ? "" : days}
          disabled={mode === "immediate"}
          onChange={(event) => setDays(event.target.value)}
          errors={fields.autoCloseAfterDays}
        />
        <p className="mt-1 text-xs text-slate-500">
          {mode === "immediate"
            ? "Done tickets close at once, so there is nothing to close later."
            : "A done ticket the customer does not answer closes by itself. Leave empty to never close automatically."}
        </p>
      </div>
      <Button type="submit" variant="primary" disabled={isPending}>
        Save
      </Button>
    </form>
  );
}
