import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PortalTicketList } from "@/components/tickets/portal-ticket-list";
import { Button } from "@/components/ui/button";
import { requireCodeUser } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { ticketListQuerySchema } from "@/lib/tickets/list-query";
import { listPortalTickets } from "@/lib/tickets/list-tickets";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("portal.list"))("metaTitle") };
}

export default async function PortalTicketsPage({
  searchParams,
}: {
  searchParams: Promise<{ cursor?: string }>;
}) {
  const actor = await requireCodeUser();
  const { cursor } = ticketListQuerySchema.parse(await searchParams);
  const [page, t] = await Promise.all([
    listPortalTickets({ actor, db: await getDb() }, { cursor }),
    getTranslations("portal.list"),
  ]);
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Button asChild variant="primary">
          <Link href="/portal/tickets/new">
            <Plus aria-hidden />
            {t("newTicket")}
          </Link>
        </Button>
      </div>
      <PortalTicketList initial={page} cursor={cursor} />
    </div>
  );
}
