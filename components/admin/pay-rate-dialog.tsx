"use client";

import { Pencil } from "lucide-react";
import { useRouter } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useId, useState } from "react";
import { toast } from "sonner";
import { setPayRateAction } from "@/app/actions/pay";
import { formatPayRate, type PayRate, type PayRateFormat, payRateInput } from "@/lib/pay/pay-rate";
import { PAY_RATE_KINDS, type PayRateKind } from "@/lib/workflow/status-actions";
import { errorProps, useActionFeedback } from "../forms/action-feedback";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Dialog, DialogContent, DialogTrigger } from "../ui/dialog";
import { FieldError, Input, Label } from "../ui/form-controls";
import { RadioGroup, RadioGroupItem } from "../ui/radio-group";

/** An employee's pay rate, and the dialog that sets or clears it (Settings → Users). */
export function PayRateDialog({ user }: { user: { id: string; name: string; payRate: PayRate | null } }) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const rateFormat: PayRateFormat = { locale, t, money: (cents) => format.number(cents / 100, "money") };
  const router = useRouter();
  const uid = useId();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<PayRateKind>(user.payRate?.kind ?? "percent");
  const [rate, setRate] = useState(() => payRateInput(user.payRate, locale));
  const { execute, result, isPending, reset } = useAction(setPayRateAction, {
    onSuccess: ({ data }) => {
      toast.success(
        data.payRate
          ? t("settings.users.payRate.saved", {
              name: data.name,
              rate: formatPayRate(data.payRate, rateFormat),
            })
          : t("settings.users.payRate.removed", { name: data.name }),
      );
      setOpen(false);
      router.refresh();
    },
  });
  const { message, fields } = useActionFeedback(result);
  const legendId = `${uid}-kind`;

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          reset();
          setKind(user.payRate?.kind ?? "percent");
          setRate(payRateInput(user.payRate, locale));
        }
      }}
    >
      <span className="inline-flex items-center gap-1">
        <span className={user.payRate ? "whitespace-nowrap" : "text-muted-foreground"}>
          {formatPayRate(user.payRate, rateFormat)}
        </span>
        <DialogTrigger asChild>
          <Button
            variant="ghost"
            size="icon"
            className="sm:size-8"
            aria-label={t("settings.users.payRate.label", { name: user.name })}
            title={t("settings.users.payRate.edit")}
          >
            <Pencil aria-hidden />
          </Button>
        </DialogTrigger>
      </span>
      <DialogContent
        title={t("settings.users.payRate.edit")}
        description={t("settings.users.payRate.description", { name: user.name })}
      >
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
            <legend id={legendId} className="text-sm font-medium text-foreground">
              {t("settings.users.payRate.kind")}
            </legend>
            <RadioGroup
              aria-labelledby={legendId}
              value={kind}
              onValueChange={(value) => setKind(value as PayRateKind)}
            >
              {PAY_RATE_KINDS.map((k) => (
                <div key={k} className="flex min-h-11 items-center gap-2 sm:min-h-0">
                  <RadioGroupItem id={`${uid}-${k}`} value={k} />
                  <label htmlFor={`${uid}-${k}`} className="flex min-h-11 items-center text-sm sm:min-h-0">
                    {t(`settings.users.payRate.kinds.${k}`)}
                  </label>
                </div>
              ))}
            </RadioGroup>
          </fieldset>
          <div className="space-y-1">
            <Label htmlFor={`${uid}-rate`}>{t("settings.users.payRate.rate")}</Label>
            <div className="flex items-center gap-2">
              {kind === "fixed" ? <span className="text-sm text-muted-foreground">€</span> : null}
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
              {kind === "percent" ? <span className="text-sm text-muted-foreground">%</span> : null}
            </div>
            <p id={`${uid}-rate-hint`} className="text-xs text-muted-foreground">
              {t(`settings.users.payRate.hints.${kind}`)}
            </p>
            <FieldError id={`${uid}-rate-error`} messages={fields.rate} />
          </div>
          <div className="flex flex-wrap justify-between gap-2">
            {user.payRate ? (
              <Button
                type="button"
                variant="outline"
                disabled={isPending}
                onClick={() => execute({ userId: user.id, kind: null })}
              >
                {t("settings.users.payRate.remove")}
              </Button>
            ) : (
              <span />
            )}
            <Button type="submit" variant="primary" disabled={isPending}>
              {t("common.save")}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
