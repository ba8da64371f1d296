import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { CategoryCounts } from "@/components/tickets/category-counts";
import { StaffTicketTable } from "@/components/tickets/staff-ticket-table";
import { TicketFilters } from "@/components/tickets/ticket-filters";
import { TicketViewsNav } from "@/components/tickets/ticket-views-nav";
import { Button } from "@/components/ui/button";
import { requireStaff } from "@/lib/auth/get-actor";
import type { Ctx } from "@/lib/context";
import { getDb } from "@/lib/server/db";
import { countTicketViews, listTicketViews, type ViewItem } from "@/lib/ticket-views/queries";
import { viewQueryString } from "@/lib/ticket-views/schemas";
import { countTicketView } from "@/lib/tickets/count-ticket-view";
import { countTicketsByStatus } from "@/lib/tickets/count-tickets";
import { overviewOptions } from "@/lib/tickets/form-options";
import { ticketListQuerySchema } from "@/lib/tickets/list-query";
import { listStaffTickets } from "@/lib/tickets/list-tickets";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tickets.overview"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TicketsPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const ctx = { actor, db: await getDb() };
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  ) as Record<string, string | undefined>;
  const query = ticketListQuerySchema.parse(raw);
  const [page, counts, options, views, viewCount, t, format] = await Promise.all([
    listStaffTickets(ctx, query),
    countTicketsByStatus(ctx),
    overviewOptions(ctx),
    listTicketViews(ctx),
    countTicketView(ctx, query),
    getTranslations("tickets.overview"),
    getFormatter(),
  ]);
  const params = Object.fromEntries(
    Object.entries(query)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  const current = viewQueryString(new URLSearchParams(params).toString());
  const total = !viewCount
    ? null
    : viewCount.capped
      ? t("countCapped", { count: format.number(viewCount.count) })
      : t("count", { count: viewCount.count });
  return (
    <div className="gap-6 lg:grid lg:grid-cols-[13rem_minmax(0,1fr)]">
      <Suspense fallback={<TicketViewsNav views={views} counts={null} current={current} />}>
        <ViewsWithCounts ctx={ctx} views={views} current={current} />
      </Suspense>
      <div className="min-w-0 space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div className="flex items-baseline gap-3">
            <h1 className="text-2xl font-semibold">{t("title")}</h1>
            <p className="text-sm text-muted-foreground" aria-live="polite">
              {total}
            </p>
          </div>
          <Button asChild variant="primary">
            <Link href="/tickets/new">
              <Plus aria-hidden />
              {t("newTicket")}
            </Link>
          </Button>
        </div>
        <CategoryCounts initial={counts} active={query.category === "active" ? undefined : query.category} />
        <TicketFilters options={options} />
        <StaffTicketTable
          initial={page}
          params={params}
          options={options}
          canAssign={actor.role !== "member"}
        />
      </div>
    </div>
  );
}

/** Views' counts stream in after the list: the page never waits for them. */
async function ViewsWithCounts({ ctx, views, current }: { ctx: Ctx; views: ViewItem[]; current: string }) {
  const counts = await countTicketViews(ctx, views);
  return <TicketViewsNav views={views} counts={counts} current={current} />;
}
