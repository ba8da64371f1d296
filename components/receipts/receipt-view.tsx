import { ArrowLeft, LifeBuoy } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Receipt } from "@/lib/payments/queries";
import { formatTicketNumber } from "@/lib/tickets/types";
import { PrintButton } from "./print-button";

/** A payment's printable receipt, the same for the employee who took it and the customer who paid. */
export async function ReceiptView({ receipt, backHref }: { receipt: Receipt; backHref: string }) {
  const [t, tr, format] = await Promise.all([
    getTranslations("tickets.receipt"),
    getTranslations(),
    getFormatter(),
  ]);
  const ticketRef = formatTicketNumber(receipt.ticket.number);
  return (
    <div className="mx-auto max-w-2xl space-y-4 print:max-w-none">
      <div className="flex flex-wrap items-center justify-between gap-4 print:hidden">
        <Link
          href={backHref}
          className="inline-flex min-h-11 items-center gap-1 text-sm text-link hover:underline"
        >
          <ArrowLeft aria-hidden className="size-4" />
          {t("back", { number: ticketRef })}
        </Link>
        <PrintButton label={t("print")} />
      </div>
      <article
        aria-labelledby="receipt-heading"
        className="rounded-lg border border-border bg-card p-5 shadow-sm sm:p-8 print:rounded-none print:border-0 print:p-0 print:shadow-none"
      >
        <header className="flex flex-wrap items-start justify-between gap-6 border-b border-border pb-6">
          <div>
            <p className="flex items-center gap-2 text-lg font-semibold text-foreground">
              <LifeBuoy aria-hidden className="size-5 text-link print:text-foreground" />
              {tr("common.appName")}
            </p>
            <p className="mt-1 text-sm text-muted-foreground">{t("issuerLine")}</p>
          </div>
          <div className="sm:text-right">
            <h1 id="receipt-heading" className="text-2xl font-semibold text-foreground">
              {t("title", { number: receipt.receiptNumber })}
            </h1>
            <p className="mt-1 text-sm text-muted-foreground">
              <time dateTime={receipt.createdAt.toISOString()}>
                {format.dateTime(receipt.createdAt, "full")}
              </time>
            </p>
          </div>
        </header>
        <dl className="grid grid-cols-1 gap-x-8 gap-y-1 py-6 text-sm sm:grid-cols-[max-content_1fr] sm:gap-y-3">
          <dt className="text-muted-foreground">{t("receivedFrom")}</dt>
          <dd className="mb-2 font-medium text-foreground sm:mb-0">{receipt.customerName}</dd>
          <dt className="text-muted-foreground">{t("forTicket")}</dt>
          <dd className="mb-2 text-foreground sm:mb-0">
            <span className="font-medium">{ticketRef}</span> · {receipt.ticket.title}
          </dd>
          <dt className="text-muted-foreground">{t("method")}</dt>
          <dd className="mb-2 text-foreground sm:mb-0">
            {receipt.method ? tr(`workflow.paymentMethods.${receipt.method}`) : tr("common.dash")}
          </dd>
          <dt className="text-muted-foreground">{t("receivedBy")}</dt>
          <dd className="text-foreground">{receipt.employeeName ?? tr("common.dash")}</dd>
        </dl>
        <div className="flex flex-wrap items-baseline justify-between gap-2 border-t-2 border-foreground pt-4">
          <span className="text-base font-semibold text-foreground">{t("amountReceived")}</span>
          <span className="text-2xl font-semibold tabular-nums text-foreground">
            {format.number(receipt.amountCents / 100, "money")}
          </span>
        </div>
        <p className="mt-10 text-xs text-muted-foreground">{t("thanks")}</p>
      </article>
    </div>
  );
}
