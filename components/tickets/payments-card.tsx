import { format } from "date-fns";
import Link from "next/link";
import { formatMoney } from "@/lib/money";
import type { TicketMoney } from "@/lib/tickets/types";
import { PAYMENT_METHOD_LABELS } from "@/lib/workflow/status-actions";
import { Card, CardTitle } from "../ui/card";

/** Money on a ticket: its amount, what was paid or written off, the open balance, and receipts. */
export function PaymentsCard({ money, number }: { money: TicketMoney; number: number }) {
  if (money.amountCents === null && money.payments.length === 0) return null;
  return (
    <Card aria-labelledby="payments-heading">
      <CardTitle id="payments-heading">Payments</CardTitle>
      <dl className="grid grid-cols-[1fr_max-content] gap-y-1 text-sm">
        <dt className="text-slate-500">Amount</dt>
        <dd>{money.amountCents === null ? "Not set" : formatMoney(money.amountCents)}</dd>
        <dt className="text-slate-500">Paid</dt>
        <dd>{formatMoney(money.paidCents)}</dd>
        {money.writtenOffCents > 0 ? (
          <>
            <dt className="text-slate-500">Written off</dt>
            <dd>{formatMoney(money.writtenOffCents)}</dd>
          </>
        ) : null}
        <dt className="font-medium">Balance</dt>
        <dd className="font-semibold">{formatMoney(money.balanceCents)}</dd>
      </dl>
      {money.payments.length > 0 ? (
        <ul aria-label="Payments" className="mt-3 space-y-2 border-t border-slate-100 pt-3 text-sm">
          {money.payments.map((p) => (
            <li key={p.id} className="flex items-baseline justify-between gap-2">
              <span>
                {p.kind === "payment" ? (
                  <Link
                    href={`/tickets/${number}/receipts/${p.receiptNumber}`}
                    className="text-blue-700 hover:underline"
                  >
                    R-{p.receiptNumber}
                  </Link>
                ) : (
                  <span className="text-slate-600">Written off</span>
                )}{" "}
                <span className="text-slate-500">
                  {p.method ? `${PAYMENT_METHOD_LABELS[p.method]} · ` : ""}
                  {format(new Date(p.createdAt), "d MMM yyyy")}
                  {p.employeeName ? ` · ${p.employeeName}` : ""}
                </span>
              </span>
              <span className="font-medium">{formatMoney(p.amountCents)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
