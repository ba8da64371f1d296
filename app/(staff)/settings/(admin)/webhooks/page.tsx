import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { WebhookCard } from "@/components/integrations/webhook-card";
import { NewWebhookDialog } from "@/components/integrations/webhook-dialogs";
import { requireAdmin } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { listDeliveries, listWebhooks } from "@/lib/webhooks/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.webhooks"))("title") };
}

const LATEST = 5;

export default async function WebhooksSettingsPage() {
  const actor = await requireAdmin();
  const t = await getTranslations("settings.webhooks");
  const ctx = { actor, db: await getDb() };
  const hooks = await listWebhooks(ctx);
  const logs = await Promise.all(hooks.map((hook) => listDeliveries(ctx, hook.id)));
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <h2 className="text-xl font-semibold">{t("title")}</h2>
          <p className="text-sm text-muted-foreground">{t("intro")}</p>
        </div>
        <NewWebhookDialog />
      </div>
      {hooks.length === 0 ? (
        <p className="rounded-lg border border-dashed border-input p-6 text-sm text-muted-foreground">
          {t("empty")}
        </p>
      ) : (
        hooks.map((hook, i) => (
          <WebhookCard
            key={hook.id}
            webhook={hook}
            deliveries={logs[i]!.items.slice(0, LATEST)}
            showAll={logs[i]!.items.length > LATEST}
          />
        ))
      )}
    </section>
  );
}
