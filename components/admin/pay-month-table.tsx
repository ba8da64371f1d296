import { format } from "date-fns";
import Link from "next/link";
import { formatMoney } from "@/lib/money";
import type { EmployeePay, PayMonth } from "@/lib/pay/queries";
import { Badge } from "../ui/badge";

const KIND_LABELS = { calculation: "Calculation", reversal: "Reversal" } as const;
const th = "px-4 py-2 font-medium";
const num = "px-4 py-2 text-right tabular-nums whitespace-nowrap";

/** Settings → Pay: each employee's month at a glance, then their entries. */
export function PayMonthTable({ pay, monthName }: { pay: PayMonth; monthName: string }) {
  if (pay.employees.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-sm text-slate-600">
        No pay in {monthName}. Pay is calculated when a ticket enters a status with the "Calculate the
        assignees' pay" action.
      </p>
    );
  }
  return (
    <div className="space-y-6">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm" aria-label={`Pay in ${monthName}`}>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
            <tr>
              <th scope="col" className={th}>
                Employee
              </th>
              <th scope="col" className={`${th} text-right`}>
                Tickets
              </th>
              <th scope="col" className={`${th} text-right`}>
                Calculated
              </th>
              <th scope="col" className={`${th} text-right`}>
                Reversed
              </th>
              <th scope="col" className={`${th} text-right`}>
                Total
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {pay.employees.map((e) => (
              <tr key={e.userId}>
                <th scope="row" className="px-4 py-2 font-medium text-slate-900">
                  <a href={`#pay-${e.userId}`} className="hover:underline">
                    {e.name}
                  </a>
                </th>
                <td className={num}>{e.tickets}</td>
                <td className={num}>{formatMoney(e.calculatedCents)}</td>
                <td className={num}>{formatMoney(e.reversedCents)}</td>
                <td className={`${num} font-semibold`}>{formatMoney(e.totalCents)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t border-slate-200 bg-slate-50 font-medium">
            <tr>
              <th scope="row" className="px-4 py-2">
                All employees
              </th>
              <td className={num} />
              <td className={num}>{formatMoney(pay.totals.calculatedCents)}</td>
              <td className={num}>{formatMoney(pay.totals.reversedCents)}</td>
              <td className={`${num} font-semibold`}>{formatMoney(pay.totals.totalCents)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="space-y-4">
        <h3 className="text-base font-semibold">Entries</h3>
        {pay.employees.map((e) => (
          <EmployeeEntries key={e.userId} pay={e} />
        ))}
      </div>
    </div>
  );
}

function EmployeeEntries({ pay }: { pay: EmployeePay }) {
  const headingId = `pay-${pay.userId}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white">
      <div className="flex items-baseline justify-between gap-4 border-b border-slate-100 px-4 py-2">
        <h4 id={headingId} className="scroll-mt-4 text-sm font-semibold text-slate-900">
          {pay.name} <span className="font-normal text-slate-500">· {pay.email}</span>
        </h4>
        <span className="text-sm font-semibold tabular-nums">{formatMoney(pay.totalCents)}</span>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full table-fixed text-left text-sm" aria-label={`Pay entries of ${pay.name}`}>
          <thead className="text-xs text-slate-500 uppercase">
            <tr>
              <th scope="col" className="px-4 py-1.5 font-medium">
                Ticket
              </th>
              <th scope="col" className="w-36 px-4 py-1.5 font-medium">
                Kind
              </th>
              <th scope="col" className="w-36 px-4 py-1.5 text-right font-medium">
                Amount
              </th>
              <th scope="col" className="w-48 px-4 py-1.5 font-medium">
                Date
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {pay.entries.map((entry) => (
              <tr key={entry.id}>
                <td className="truncate px-4 py-1.5">
                  <Link
                    href={`/tickets/${entry.ticketNumber}`}
                    className="font-medium text-blue-700 hover:underline"
                  >
                    T-{entry.ticketNumber}
                  </Link>{" "}
                  <span className="text-slate-600">{entry.ticketTitle}</span>
                </td>
                <td className="px-4 py-1.5">
                  <Badge
                    className={
                      entry.kind === "reversal" ? "border-amber-200 bg-amber-50 text-amber-800" : undefined
                    }
                  >
                    {KIND_LABELS[entry.kind]}
                  </Badge>
                </td>
                <td className="px-4 py-1.5 text-right tabular-nums whitespace-nowrap">
                  {formatMoney(entry.amountCents)}
                </td>
                <td className="px-4 py-1.5 whitespace-nowrap text-slate-600">
                  <time dateTime={entry.createdAt.toISOString()}>
                    {format(entry.createdAt, "d MMM yyyy, HH:mm")}
                  </time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
