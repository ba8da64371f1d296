"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { TicketMoney } from "@/lib/tickets/types";
import { Card, CardTitle } from "../ui/card";
import { DateTime } from "../ui/date-time";

/** Money on a ticket: its amount, what was paid or written off, the open balance, and receipts. */
export function PaymentsCard({ money, receiptPath }: { money: TicketMoney; receiptPath: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const euros = (cents: number) => format.number(cents / 100, "money");
  if (money.amountCents === null && money.payments.length === 0) return null;
  return (
    <Card aria-labelledby="payments-heading">
      <CardTitle id="payments-heading">{t("tickets.payments.title")}</CardTitle>
      <dl className="grid grid-cols-[1fr_max-content] gap-y-1 text-sm">
        <dt className="text-muted-foreground">{t("tickets.payments.amount")}</dt>
        <dd>{money.amountCents === null ? t("tickets.detail.amountNotSet") : euros(money.amountCents)}</dd>
        <dt className="text-muted-foreground">{t("tickets.payments.paid")}</dt>
        <dd>{euros(money.paidCents)}</dd>
        {money.writtenOffCents > 0 ? (
          <>
            <dt className="text-muted-foreground">{t("tickets.payments.writtenOff")}</dt>
            <dd>{euros(money.writtenOffCents)}</dd>
          </>
        ) : null}
        <dt className="font-medium">{t("tickets.payments.balance")}</dt>
        <dd className="font-semibold">{euros(money.balanceCents)}</dd>
      </dl>
      {money.payments.length > 0 ? (
        <ul
          aria-label={t("tickets.payments.title")}
          className="mt-3 space-y-2 border-t border-border pt-3 text-sm"
        >
          {money.payments.map((p) => (
            <li key={p.id} className="flex items-baseline justify-between gap-2">
              <span className="min-w-0">
                {p.kind === "payment" ? (
                  <Link href={`${receiptPath}/${p.receiptNumber}`} className="text-link hover:underline">
                    {t("tickets.payments.receipt", { number: p.receiptNumber })}
                  </Link>
                ) : (
                  <span className="text-muted-foreground">{t("tickets.payments.writtenOff")}</span>
                )}{" "}
                <span className="text-muted-foreground">
                  {p.method ? `${t(`workflow.paymentMethods.${p.method}`)} · ` : ""}
                  <DateTime value={p.createdAt} style="date" />
                  {p.employeeName ? ` · ${p.employeeName}` : ""}
                </span>
              </span>
              <span className="font-medium whitespace-nowrap">{euros(p.amountCents)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
