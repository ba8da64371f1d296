import { Download } from "lucide-react";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PayMonthPicker } from "@/components/admin/pay-month-picker";
import { PayMonthTable } from "@/components/admin/pay-month-table";
import { buttonVariants } from "@/components/ui/button";
import { requireAdmin } from "@/lib/auth/get-actor";
import { currentMonth, monthLabel, parseMonth } from "@/lib/pay/month";
import { getPayMonth } from "@/lib/pay/queries";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.pay"))("title") };
}

export default async function PaySettingsPage({
  searchParams,
}: {
  searchParams: Promise<{ month?: string | string[] }>;
}) {
  const actor = await requireAdmin();
  const [t, format] = await Promise.all([getTranslations("settings.pay"), getFormatter()]);
  const raw = (await searchParams).month;
  // A malformed month falls back to the current one rather than failing the page.
  const range = parseMonth(typeof raw === "string" ? raw : null) ?? parseMonth(currentMonth())!;
  const pay = await getPayMonth({ actor, db: await getDb() }, range);
  const monthName = monthLabel(range.month, format);
  return (
    <section className="space-y-4">
      <div>
        <h2 className="text-xl font-semibold">{t("title")}</h2>
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
      </div>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PayMonthPicker month={range.month} basePath="/settings/pay" />
        <a
          href={`/api/settings/pay?month=${range.month}`}
          download
          className={buttonVariants({ variant: "outline" })}
        >
          <Download aria-hidden />
          {t("download")}
        </a>
      </div>
      <PayMonthTable pay={pay} monthName={monthName} />
    </section>
  );
}
