"use client";

import { Pencil } from "lucide-react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useId, useState } from "react";
import { toast } from "sonner";
import { setPayRateAction } from "@/app/actions/pay";
import { formatPayRate, type PayRate, payRateInput } from "@/lib/pay/pay-rate";
import type { PayRateKind } from "@/lib/workflow/status-actions";
import { actionFeedback, errorProps } from "../forms/action-feedback";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Dialog, DialogContent, DialogTrigger } from "../ui/dialog";
import { FieldError, Input, Label } from "../ui/form-controls";
import { RadioGroup, RadioGroupItem } from "../ui/radio-group";

const KIND_LABELS: Record<PayRateKind, string> = { percent: "Percentage", fixed: "Fixed fee" };
const RATE_HINTS: Record<PayRateKind, string> = {
  percent: "Percent of the ticket's amount, e.g. 12.5.",
  fixed: "Euros per ticket, e.g. 25.00.",
};

/** An employee's pay rate, and the dialog that sets or clears it (Settings → Users). */
export function PayRateDialog({ user }: { user: { id: string; name: string; payRate: PayRate | null } }) {
  const router = useRouter();
  const uid = useId();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<PayRateKind>(user.payRate?.kind ?? "percent");
  const [rate, setRate] = useState(payRateInput(user.payRate));
  const { execute, result, isPending, reset } = useAction(setPayRateAction, {
    onSuccess: ({ data }) => {
      toast.success(
        data.payRate
          ? `Pay rate for ${data.name}: ${formatPayRate(data.payRate)}`
          : `Pay rate for ${data.name} removed`,
      );
      setOpen(false);
      router.refresh();
    },
  });
  const { message, fields } = actionFeedback(result);
  const legendId = `${uid}-kind`;

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          reset();
          setKind(user.payRate?.kind ?? "percent");
          setRate(payRateInput(user.payRate));
        }
      }}
    >
      <span className="inline-flex items-center gap-1">
        <span className={user.payRate ? "whitespace-nowrap" : "text-slate-400"}>
          {formatPayRate(user.payRate)}
        </span>
        <DialogTrigger asChild>
          <Button
            variant="ghost"
            size="sm"
            className="size-8 px-0"
            aria-label={`Pay rate for ${user.name}`}
            title="Edit pay rate"
          >
            <Pencil aria-hidden />
          </Button>
        </DialogTrigger>
      </span>
      <DialogContent title="Edit pay rate" description={`What ${user.name} earns for each ticket with pay.`}>
        <form
          noValidate
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            execute({ userId: user.id, kind, rate });
          }}
        >
          {message ? <Alert>{message}</Alert> : null}
          <fieldset className="space-y-2">
            <legend id={legendId} className="text-sm font-medium text-slate-800">
              Rate type
            </legend>
            <RadioGroup
              aria-labelledby={legendId}
              value={kind}
              onValueChange={(value) => setKind(value as PayRateKind)}
            >
              {(Object.keys(KIND_LABELS) as PayRateKind[]).map((k) => (
                <div key={k} className="flex items-center gap-2">
                  <RadioGroupItem id={`${uid}-${k}`} value={k} />
                  <label htmlFor={`${uid}-${k}`} className="text-sm">
                    {KIND_LABELS[k]}
                  </label>
                </div>
              ))}
            </RadioGroup>
          </fieldset>
          <div className="space-y-1">
            <Label htmlFor={`${uid}-rate`}>Rate</Label>
            <div className="flex items-center gap-2">
              {kind === "fixed" ? <span className="text-sm text-slate-600">€</span> : null}
              <Input
                id={`${uid}-rate`}
                name="rate"
                inputMode="decimal"
                autoComplete="off"
                className="w-32"
                value={rate}
                onChange={(event) => setRate(event.target.value)}
                {...errorProps(`${uid}-rate`, fields.rate)}
                aria-describedby={fields.rate?.length ? `${uid}-rate-error` : `${uid}-rate-hint`}
              />
              {kind === "percent" ? <span className="text-sm text-slate-600">%</span> : null}
            </div>
            <p id={`${uid}-rate-hint`} className="text-xs text-slate-500">
              {RATE_HINTS[kind]}
            </p>
            <FieldError id={`${uid}-rate-error`} messages={fields.rate} />
          </div>
          <div className="flex justify-between gap-2">
            {user.payRate ? (
              <Button
                type="button"
                variant="outline"
                disabled={isPending}
                onClick={() => execute({ userId: user.id, kind: null })}
              >
                Remove rate
              </Button>
            ) : (
              <span />
            )}
            <Button type="submit" variant="primary" disabled={isPending}>
              Save
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
