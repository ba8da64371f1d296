import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { WebhookCard } from "@/components/integrations/webhook-card";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { requireAdmin } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { listDeliveries, listWebhooks } from "@/lib/webhooks/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.webhooks"))("deliveries") };
}

export default async function WebhookDeliveriesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ before?: string }>;
}) {
  const actor = await requireAdmin();
  const { id } = await params;
  const before = Number((await searchParams).before) || null;
  const t = await getTranslations("settings.webhooks");
  const common = await getTranslations("common");
  const ctx = { actor, db: await getDb() };
  const hook = (await listWebhooks(ctx)).find((h) => h.id === id);
  if (!hook) notFound();
  const page = await listDeliveries(ctx, hook.id, before);
  const base = `/settings/webhooks/${hook.id}`;
  return (
    <section className="space-y-4">
      <Link href="/settings/webhooks" className="text-sm text-link hover:underline">
        {t("back")}
      </Link>
      <WebhookCard webhook={hook} deliveries={page.items} showAll={false} />
      <KeysetPager
        firstHref={before ? base : null}
        nextHref={page.olderBefore ? `${base}?before=${page.olderBefore}` : null}
        firstLabel={common("newest")}
        nextLabel={common("older")}
      />
    </section>
  );
}
