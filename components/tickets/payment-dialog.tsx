"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { parseMoney } from "@/lib/money";
import type { ActionError } from "@/lib/server/action-client";
import { PAYMENT_METHODS, type PaymentMethod } from "@/lib/workflow/status-actions";
import type { PaymentInput } from "@/lib/workflow/ticket-engine";
import { Button } from "../ui/button";
import { Dialog, DialogContent } from "../ui/dialog";
import { FieldError, Input, Label, NativeSelect } from "../ui/form-controls";
import { ProblemAlert } from "./problem-alert";

/**
 * The payment window: moving into a payment status asks for the payment before the change is made.
 * A refused change keeps it open and shows why in it (the page behind is inert while it is open).
 */
export function PaymentDialog({
  statusName,
  balanceCents,
  open,
  disabled,
  problem,
  onReload,
  onOpenChange,
  onConfirm,
}: {
  statusName: string;
  balanceCents: number;
  open: boolean;
  disabled: boolean;
  problem: ActionError | null;
  onReload: () => void;
  onOpenChange: (open: boolean) => void;
  onConfirm: (payment: PaymentInput) => void;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const [amount, setAmount] = useState(() => (balanceCents > 0 ? (balanceCents / 100).toFixed(2) : ""));
  const [method, setMethod] = useState<PaymentMethod>("card");
  const [error, setError] = useState<string | null>(null);
  const amountErrors = error ? [error] : problem?.fieldErrors?.["payment.amountCents"];
  const methodErrors = problem?.fieldErrors?.["payment.method"];
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        title={t("tickets.payment.title")}
        description={t("tickets.payment.description", {
          status: statusName,
          balance: format.number(Math.max(balanceCents, 0) / 100, "money"),
        })}
      >
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            const amountCents = parseMoney(amount);
            if (amountCents === null || amountCents <= 0)
              return setError(t("tickets.payment.amountPositive"));
            setError(null);
            onConfirm({ amountCents, method });
          }}
        >
          <ProblemAlert
            problem={problem}
            onReload={onReload}
            inlineFields={["payment.amountCents", "payment.method"]}
          />
          <div className="space-y-1">
            <Label htmlFor="payment-amount">{t("tickets.payment.amount")}</Label>
            <Input
              id="payment-amount"
              inputMode="decimal"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              aria-invalid={Boolean(amountErrors)}
              aria-describedby={amountErrors ? "payment-amount-error" : undefined}
            />
            <FieldError id="payment-amount-error" messages={amountErrors} />
          </div>
          <div className="space-y-1">
            <Label htmlFor="payment-method">{t("tickets.payment.method")}</Label>
            <NativeSelect
              id="payment-method"
              value={method}
              onChange={(e) => setMethod(e.target.value as PaymentMethod)}
              aria-invalid={Boolean(methodErrors)}
              aria-describedby={methodErrors ? "payment-method-error" : undefined}
            >
              {PAYMENT_METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(`workflow.paymentMethods.${m}`)}
                </option>
              ))}
            </NativeSelect>
            <FieldError id="payment-method-error" messages={methodErrors} />
          </div>
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" variant="primary" disabled={disabled}>
              {t("common.confirm")}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
