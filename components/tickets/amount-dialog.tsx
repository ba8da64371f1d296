"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { parseMoney } from "@/lib/money";
import type { ActionError } from "@/lib/server/action-client";
import { Button } from "../ui/button";
import { FieldError, Input, Label } from "../ui/form-controls";
import { CommandDialog } from "./command-dialog";
import { ProblemAlert } from "./problem-alert";

/** A refused save keeps the dialog open and shows why in it (the page behind is inert while it is open). */
export function AmountDialog({
  amountCents,
  disabled,
  problem,
  onReload,
  onOpenChange,
  onSave,
}: {
  amountCents: number | null;
  disabled: boolean;
  problem: ActionError | null;
  onReload: () => void;
  onOpenChange?: (open: boolean) => void;
  onSave: (amountCents: number | null, close: () => void) => void;
}) {
  const t = useTranslations("tickets.amount");
  return (
    <CommandDialog
      trigger={
        <Button variant="link" size="sm" className="h-auto min-h-11 sm:min-h-0" disabled={disabled}>
          {t("edit")}
        </Button>
      }
      title={t("title")}
      description={t("description")}
      onOpenChange={onOpenChange}
    >
      {(close) => (
        // Mounted on open; a reload that brings another amount starts from it.
        <AmountForm
          key={String(amountCents)}
          amountCents={amountCents}
          disabled={disabled}
          problem={problem}
          onReload={onReload}
          onSave={(cents) => onSave(cents, close)}
        />
      )}
    </CommandDialog>
  );
}

function AmountForm({
  amountCents,
  disabled,
  problem,
  onReload,
  onSave,
}: {
  amountCents: number | null;
  disabled: boolean;
  problem: ActionError | null;
  onReload: () => void;
  onSave: (amountCents: number | null) => void;
}) {
  const t = useTranslations();
  const [text, setText] = useState(amountCents === null ? "" : (amountCents / 100).toFixed(2));
  const [error, setError] = useState<string | null>(null);
  const messages = error ? [error] : problem?.fieldErrors?.amountCents;
  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = text.trim();
        const cents = trimmed === "" ? null : parseMoney(trimmed);
        if (trimmed !== "" && cents === null) return setError(t("errors.validation.amountFormat"));
        setError(null);
        onSave(cents);
      }}
    >
      <ProblemAlert problem={problem} onReload={onReload} inlineFields={["amountCents"]} />
      <div className="space-y-1">
        <Label htmlFor="ticket-amount">{t("tickets.amount.label")}</Label>
        <Input
          id="ticket-amount"
          inputMode="decimal"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={Boolean(messages)}
          aria-describedby={messages ? "ticket-amount-error" : undefined}
        />
        <FieldError id="ticket-amount-error" messages={messages} />
      </div>
      <div className="flex justify-end">
        <Button type="submit" variant="primary" disabled={disabled}>
          {t("common.save")}
        </Button>
      </div>
    </form>
  );
}
