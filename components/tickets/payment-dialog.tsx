"use client";

import { useState } from "react";
import { formatMoney, parseMoney } from "@/lib/money";
import type { ActionError } from "@/lib/server/action-client";
import { PAYMENT_METHOD_LABELS, PAYMENT_METHODS, type PaymentMethod } from "@/lib/workflow/status-actions";
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
  const [amount, setAmount] = useState(() => (balanceCents > 0 ? (balanceCents / 100).toFixed(2) : ""));
  const [method, setMethod] = useState<PaymentMethod>("card");
  const [error, setError] = useState<string | null>(null);
  const amountErrors = error ? [error] : problem?.fieldErrors?.["payment.amountCents"];
  const methodErrors = problem?.fieldErrors?.["payment.method"];
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        title="Record payment"
        description={`Moving the ticket to "${statusName}" records a payment. Open balance: ${formatMoney(Math.max(balanceCents, 0))}.`}
      >
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            const amountCents = parseMoney(amount);
            if (amountCents === null || amountCents <= 0)
              return setError("Enter an amount greater than 0, e.g. 49.90.");
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
            <Label htmlFor="payment-amount">Amount</Label>
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
            <Label htmlFor="payment-method">Method</Label>
            <NativeSelect
              id="payment-method"
              value={method}
              onChange={(e) => setMethod(e.target.value as PaymentMethod)}
              aria-invalid={Boolean(methodErrors)}
              aria-describedby={methodErrors ? "payment-method-error" : undefined}
            >
              {PAYMENT_METHODS.map((m) => (
                <option key={m} value={m}>
                  {PAYMENT_METHOD_LABELS[m]}
                </option>
              ))}
            </NativeSelect>
            <FieldError id="payment-method-error" messages={methodErrors} />
          </div>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              Cancel
            </Button>
            <Button type="submit" variant="primary" disabled={disabled}>
              Confirm
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
