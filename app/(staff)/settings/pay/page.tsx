import { Download } from "lucide-react";
import type { Metadata } from "next";
import { PayMonthPicker } from "@/components/admin/pay-month-picker";
import { PayMonthTable } from "@/components/admin/pay-month-table";
import { buttonVariants } from "@/components/ui/button";
import { requireAdmin } from "@/lib/auth/get-actor";
import { currentMonth, monthLabel, parseMonth } from "@/lib/pay/month";
import { getPayMonth } from "@/lib/pay/queries";
import { getDb } from "@/lib/server/db";

export const metadata: Metadata = { title: "Pay" };

export default async function PaySettingsPage({
  searchParams,
}: {
  searchParams: Promise<{ month?: string | string[] }>;
}) {
  const actor = await requireAdmin();
  const raw = (await searchParams).month;
  // A malformed month falls back to the current one rather than failing the page.
  const range = parseMonth(typeof raw === "string" ? raw : null) ?? parseMonth(currentMonth())!;
  const pay = await getPayMonth({ actor, db: await getDb() }, range);
  const monthName = monthLabel(range.month);
  return (
    <section className="space-y-4">
      <div>
        <h2 className="text-xl font-semibold">Pay</h2>
        <p className="text-sm text-slate-600">
          Employees' pay per ticket, from their rates (set them under Users), by the month the pay was
          calculated or reversed.
        </p>
      </div>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PayMonthPicker month={range.month} basePath="/settings/pay" />
        <a
          href={`/api/settings/pay?month=${range.month}`}
          download
          className={buttonVariants({ variant: "outline" })}
        >
          <Download aria-hidden />
          Download CSV
        </a>
      </div>
      <PayMonthTable pay={pay} monthName={monthName} />
    </section>
  );
}
