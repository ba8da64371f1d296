"use client";

import { useState } from "react";
import { formatMoney, parseMoney } from "@/lib/money";
import { PAYMENT_METHOD_LABELS, PAYMENT_METHODS, type PaymentMethod } from "@/lib/workflow/status-actions";
import type { PaymentInput } from "@/lib/workflow/ticket-engine";
import { Button } from "../ui/button";
import { Dialog, DialogContent } from "../ui/dialog";
import { FieldError, Input, Label, NativeSelect } from "../ui/form-controls";

/** The payment window: moving into a payment status asks for the payment before the change is made. */
export function PaymentDialog({
  statusName,
  balanceCents,
  open,
  disabled,
  onOpenChange,
  onConfirm,
}: {
  statusName: string;
  balanceCents: number;
  open: boolean;
  disabled: boolean;
  onOpenChange: (open: boolean) => void;
  onConfirm: (payment: PaymentInput) => void;
}) {
  const [amount, setAmount] = useState(() => (balanceCents > 0 ? (balanceCents / 100).toFixed(2) : ""));
  const [method, setMethod] = useState<PaymentMethod>("card");
  const [error, setError] = useState<string | null>(null);
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
          <div className="space-y-1">
            <Label htmlFor="payment-amount">Amount</Label>
            <Input
              id="payment-amount"
              inputMode="decimal"
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? "payment-amount-error" : undefined}
            />
            <FieldError id="payment-amount-error" messages={error ? [error] : undefined} />
          </div>
          <div className="space-y-1">
            <Label htmlFor="payment-method">Method</Label>
            <NativeSelect
              id="payment-method"
              value={method}
              onChange={(e) => setMethod(e.target.value as PaymentMethod)}
            >
              {PAYMENT_METHODS.map((m) => (
                <option key={m} value={m}>
                  {PAYMENT_METHOD_LABELS[m]}
                </option>
              ))}
            </NativeSelect>
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
