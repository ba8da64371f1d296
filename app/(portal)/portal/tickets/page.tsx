import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PortalTicketList } from "@/components/tickets/portal-ticket-list";
import { Button } from "@/components/ui/button";
import { requireCodeUser } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { ticketListQuerySchema } from "@/lib/tickets/list-query";
import { listPortalTickets } from "@/lib/tickets/list-tickets";

export const metadata: Metadata = { title: "My tickets" };

export default async function PortalTicketsPage({
  searchParams,
}: {
  searchParams: Promise<{ cursor?: string }>;
}) {
  const actor = await requireCodeUser();
  const { cursor } = ticketListQuerySchema.parse(await searchParams);
  const page = await listPortalTickets({ actor, db: await getDb() }, { cursor });
  return (
    <div className="space-y-5">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Tickets</h1>
        <Button asChild variant="primary">
          <Link href="/portal/tickets/new">
            <Plus aria-hidden />
            New ticket
          </Link>
        </Button>
      </div>
      <PortalTicketList initial={page} cursor={cursor} />
    </div>
  );
}
