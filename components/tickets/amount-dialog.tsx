"use client";

import { useState } from "react";
import { parseMoney } from "@/lib/money";
import { Button } from "../ui/button";
import { Dialog, DialogContent, DialogTrigger } from "../ui/dialog";
import { FieldError, Input, Label } from "../ui/form-controls";

export function AmountDialog({
  amountCents,
  disabled,
  onSave,
}: {
  amountCents: number | null;
  disabled: boolean;
  onSave: (amountCents: number | null, close: () => void) => void;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          setText(amountCents === null ? "" : (amountCents / 100).toFixed(2));
          setError(null);
        }
      }}
    >
      <DialogTrigger asChild>
        <Button variant="link" size="sm" className="h-auto" disabled={disabled}>
          Edit amount
        </Button>
      </DialogTrigger>
      <DialogContent
        title="Ticket amount"
        description="The price of the work; payments and percentage pay are based on it."
      >
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            const trimmed = text.trim();
            const cents = trimmed === "" ? null : parseMoney(trimmed);
            if (trimmed !== "" && cents === null)
              return setError("Enter an amount like 120 or 120.50, or leave it empty.");
            onSave(cents, () => setOpen(false));
          }}
        >
          <div className="space-y-1">
            <Label htmlFor="ticket-amount">Amount</Label>
            <Input
              id="ticket-amount"
              inputMode="decimal"
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={Boolean(error)}
              aria-describedby={error ? "ticket-amount-error" : undefined}
            />
            <FieldError id="ticket-amount-error" messages={error ? [error] : undefined} />
          </div>
          <div className="flex justify-end">
            <Button type="submit" variant="primary" disabled={disabled}>
              Save
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
