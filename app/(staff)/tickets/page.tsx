import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { CategoryCounts } from "@/components/tickets/category-counts";
import { StaffTicketTable } from "@/components/tickets/staff-ticket-table";
import { TicketFilters } from "@/components/tickets/ticket-filters";
import { Button } from "@/components/ui/button";
import { requireStaff } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { countTicketsByStatus } from "@/lib/tickets/count-tickets";
import { overviewOptions } from "@/lib/tickets/form-options";
import { ticketListQuerySchema } from "@/lib/tickets/list-query";
import { listStaffTickets } from "@/lib/tickets/list-tickets";

export const metadata: Metadata = { title: "Tickets" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TicketsPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const ctx = { actor, db: await getDb() };
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  ) as Record<string, string | undefined>;
  const query = ticketListQuerySchema.parse(raw);
  const [page, counts, options] = await Promise.all([
    listStaffTickets(ctx, query),
    countTicketsByStatus(ctx),
    overviewOptions(ctx),
  ]);
  const params = Object.fromEntries(
    Object.entries(query)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, String(v)]),
  );
  return (
    <div className="space-y-5">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Tickets</h1>
        <Button asChild variant="primary">
          <Link href="/tickets/new">
            <Plus aria-hidden />
            New ticket
          </Link>
        </Button>
      </div>
      <CategoryCounts initial={counts} active={query.category} />
      <TicketFilters options={options} />
      <StaffTicketTable initial={page} params={params} />
    </div>
  );
}
