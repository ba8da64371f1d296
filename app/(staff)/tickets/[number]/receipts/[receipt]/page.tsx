import { format } from "date-fns";
import { ArrowLeft, LifeBuoy } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/receipts/print-button";
import { requireStaff } from "@/lib/auth/get-actor";
import { formatMoney } from "@/lib/money";
import { getReceipt, parseReceiptNumber } from "@/lib/payments/queries";
import { getDb } from "@/lib/server/db";
import { parseTicketNumber } from "@/lib/tickets/ticket-number";
import { formatTicketNumber } from "@/lib/tickets/types";
import { PAYMENT_METHOD_LABELS } from "@/lib/workflow/status-actions";

/** Who issues receipts: the installation has no company-name setting yet. */
const ISSUER = "Helpdesk";

type Props = { params: Promise<{ number: string; receipt: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const receipt = parseReceiptNumber((await params).receipt);
  return { title: receipt === null ? "Receipt" : `Receipt R-${receipt}` };
}

/** A payment's printable receipt, for staff who may see the ticket; 404 for anything else. */
export default async function ReceiptPage({ params }: Props) {
  const actor = await requireStaff();
  const raw = await params;
  const ticketNumber = parseTicketNumber(raw.number);
  const receiptNumber = parseReceiptNumber(raw.receipt);
  if (ticketNumber === null || receiptNumber === null) notFound();
  const receipt = await getReceipt({ actor, db: await getDb() }, ticketNumber, receiptNumber);
  if (!receipt) notFound();
  const ticketRef = formatTicketNumber(receipt.ticket.number);

  return (
    <div className="mx-auto max-w-2xl space-y-4 print:max-w-none">
      <div className="flex items-center justify-between gap-4 print:hidden">
        <Link
          href={`/tickets/${receipt.ticket.number}`}
          className="inline-flex items-center gap-1 text-sm text-blue-700 hover:underline"
        >
          <ArrowLeft aria-hidden className="size-4" />
          Back to {ticketRef}
        </Link>
        <PrintButton />
      </div>
      <article
        aria-labelledby="receipt-heading"
        className="rounded-lg border border-slate-200 bg-white p-8 shadow-sm print:rounded-none print:border-0 print:p-0 print:shadow-none"
      >
        <header className="flex items-start justify-between gap-6 border-b border-slate-200 pb-6">
          <div>
            <p className="flex items-center gap-2 text-lg font-semibold text-slate-900">
              <LifeBuoy aria-hidden className="size-5 text-blue-600 print:text-slate-900" />
              {ISSUER}
            </p>
            <p className="mt-1 text-sm text-slate-500">Service receipt</p>
          </div>
          <div className="text-right">
            <h1 id="receipt-heading" className="text-2xl font-semibold text-slate-900">
              Receipt R-{receipt.receiptNumber}
            </h1>
            <p className="mt-1 text-sm text-slate-600">
              <time dateTime={receipt.createdAt.toISOString()}>
                {format(receipt.createdAt, "d MMMM yyyy, HH:mm")}
              </time>
            </p>
          </div>
        </header>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-8 gap-y-3 py-6 text-sm">
          <dt className="text-slate-500">Received from</dt>
          <dd className="font-medium text-slate-900">{receipt.customerName}</dd>
          <dt className="text-slate-500">For ticket</dt>
          <dd className="text-slate-900">
            <span className="font-medium">{ticketRef}</span> · {receipt.ticket.title}
          </dd>
          <dt className="text-slate-500">Payment method</dt>
          <dd className="text-slate-900">{receipt.method ? PAYMENT_METHOD_LABELS[receipt.method] : "—"}</dd>
          <dt className="text-slate-500">Received by</dt>
          <dd className="text-slate-900">{receipt.employeeName ?? "—"}</dd>
        </dl>
        <div className="flex items-baseline justify-between border-t-2 border-slate-900 pt-4">
          <span className="text-base font-semibold text-slate-900">Amount received</span>
          <span className="text-2xl font-semibold tabular-nums text-slate-900">
            {formatMoney(receipt.amountCents)}
          </span>
        </div>
        <p className="mt-10 text-xs text-slate-500">Thank you. Please keep this receipt for your records.</p>
      </article>
    </div>
  );
}
