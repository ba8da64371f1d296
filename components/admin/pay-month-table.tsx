import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { EmployeePay, PayMonth } from "@/lib/pay/queries";
import { Badge } from "../ui/badge";
import { DateTime } from "../ui/date-time";

const th = "px-4 py-2 font-medium";
const num = "tabular-nums md:px-4 md:py-2 md:text-right md:whitespace-nowrap";
/** A row's own header: a line of the card on phones, a table cell from md up. */
const rowHeader = "block text-left md:table-cell md:px-4 md:py-2";

/** Settings → Pay: each employee's month at a glance, then their entries. */
export async function PayMonthTable({ pay, monthName }: { pay: PayMonth; monthName: string }) {
  const [t, format, workflow] = await Promise.all([
    getTranslations("settings.pay"),
    getFormatter(),
    getTranslations("workflow"),
  ]);
  const money = (cents: number) => format.number(cents / 100, "money");
  if (pay.employees.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-input p-6 text-sm text-muted-foreground">
        {t("empty", { month: monthName, action: workflow("actions.calculate_pay") })}
      </p>
    );
  }
  return (
    <div className="space-y-6">
      <div className="rounded-lg border border-border bg-card md:overflow-x-auto">
        <table
          className="table-cards w-full text-left text-sm"
          aria-label={t("tableLabel", { month: monthName })}
        >
          <thead className="border-b border-border bg-muted text-xs text-muted-foreground uppercase">
            <tr>
              <th scope="col" className={th}>
                {t("columns.employee")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("columns.tickets")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("columns.calculated")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("columns.reversed")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("columns.total")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {pay.employees.map((e) => (
              <tr key={e.userId}>
                <th scope="row" className={`${rowHeader} font-medium break-words text-foreground`}>
                  <a href={`#pay-${e.userId}`} className="hover:underline">
                    {e.name}
                  </a>
                </th>
                <td data-label={t("columns.tickets")} className={num}>
                  {e.tickets}
                </td>
                <td data-label={t("columns.calculated")} className={num}>
                  {money(e.calculatedCents)}
                </td>
                <td data-label={t("columns.reversed")} className={num}>
                  {money(e.reversedCents)}
                </td>
                <td data-label={t("columns.total")} className={`${num} font-semibold`}>
                  {money(e.totalCents)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot className="block border-t border-border bg-muted font-medium md:table-footer-group">
            <tr>
              <th scope="row" className={rowHeader}>
                {t("allEmployees")}
              </th>
              <td className={num} />
              <td data-label={t("columns.calculated")} className={num}>
                {money(pay.totals.calculatedCents)}
              </td>
              <td data-label={t("columns.reversed")} className={num}>
                {money(pay.totals.reversedCents)}
              </td>
              <td data-label={t("columns.total")} className={`${num} font-semibold`}>
                {money(pay.totals.totalCents)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="space-y-4">
        <h3 className="text-base font-semibold">{t("entries")}</h3>
        {pay.employees.map((e) => (
          <EmployeeEntries key={e.userId} pay={e} />
        ))}
      </div>
    </div>
  );
}

async function EmployeeEntries({ pay }: { pay: EmployeePay }) {
  const [t, format] = await Promise.all([getTranslations("settings.pay"), getFormatter()]);
  const money = (cents: number) => format.number(cents / 100, "money");
  const headingId = `pay-${pay.userId}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-border bg-card">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-border px-4 py-2">
        <h4 id={headingId} className="min-w-0 scroll-mt-4 text-sm font-semibold break-words text-foreground">
          {pay.name} <span className="font-normal text-muted-foreground">· {pay.email}</span>
        </h4>
        <span className="text-sm font-semibold tabular-nums">{money(pay.totalCents)}</span>
      </div>
      <div className="md:overflow-x-auto">
        <table
          className="table-cards w-full text-left text-sm md:table-fixed"
          aria-label={t("entriesLabel", { name: pay.name })}
        >
          <thead className="text-xs text-muted-foreground uppercase">
            <tr>
              <th scope="col" className="px-4 py-1.5 font-medium">
                {t("columns.ticket")}
              </th>
              <th scope="col" className="w-36 px-4 py-1.5 font-medium">
                {t("columns.kind")}
              </th>
              <th scope="col" className="w-36 px-4 py-1.5 text-right font-medium">
                {t("columns.amount")}
              </th>
              <th scope="col" className="w-48 px-4 py-1.5 font-medium">
                {t("columns.date")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {pay.entries.map((entry) => (
              <tr key={entry.id}>
                <td data-label={t("columns.ticket")} className="md:truncate md:px-4 md:py-1.5">
                  <span className="min-w-0">
                    <Link
                      href={`/tickets/${entry.ticketNumber}`}
                      className="font-medium text-link hover:underline"
                    >
                      T-{entry.ticketNumber}
                    </Link>{" "}
                    <span className="text-muted-foreground">{entry.ticketTitle}</span>
                  </span>
                </td>
                <td data-label={t("columns.kind")} className="md:px-4 md:py-1.5">
                  <Badge tone={entry.kind === "reversal" ? "warning" : "neutral"}>
                    {t(`kinds.${entry.kind}`)}
                  </Badge>
                </td>
                <td
                  data-label={t("columns.amount")}
                  className="tabular-nums md:px-4 md:py-1.5 md:text-right md:whitespace-nowrap"
                >
                  {money(entry.amountCents)}
                </td>
                <td
                  data-label={t("columns.date")}
                  className="text-muted-foreground md:px-4 md:py-1.5 md:whitespace-nowrap"
                >
                  <DateTime value={entry.createdAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
