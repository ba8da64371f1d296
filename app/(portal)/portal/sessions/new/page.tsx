import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RequestSessionForm } from "@/components/sessions/request-session-form";
import { Alert } from "@/components/ui/alert";
import { listMyAssets } from "@/lib/assets/queries";
import { requireCodeUser } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { getTicketDetail } from "@/lib/tickets/get-ticket-detail";
import { parseTicketNumber } from "@/lib/tickets/ticket-number";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sessions.request"))("title") };
}

type Props = { searchParams: Promise<{ ticket?: string; asset?: string }> };

export default async function RequestSessionPage({ searchParams }: Props) {
  const actor = await requireCodeUser();
  const ctx = { actor, db: await getDb() };
  const search = await searchParams;
  const ticketNumber = parseTicketNumber(search.ticket ?? "");
  const [assets, detail, t] = await Promise.all([
    listMyAssets(ctx),
    ticketNumber === null ? null : getTicketDetail(ctx, ticketNumber),
    getTranslations("sessions.request"),
  ]);
  // Only a ticket of one's own is linked; any other number is simply ignored.
  const ticket = detail && detail.audience === "customer" && detail.mine ? detail : null;
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-semibold text-foreground">{t("title")}</h1>
      <p className="text-muted-foreground">{t("intro")}</p>
      {assets.length === 0 ? (
        <Alert tone="info">
          {t("noAssets")} <Link href="/portal/assets">→</Link>
        </Alert>
      ) : (
        <RequestSessionForm
          assets={assets}
          defaultAssetId={ticket?.asset?.id ?? assets.find((a) => a.id === search.asset)?.id ?? null}
          ticket={ticket ? { id: ticket.id, number: ticket.number, title: ticket.title } : null}
        />
      )}
    </div>
  );
}
