import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FlowList, NewFlowButton } from "@/components/admin/flows/flow-list";
import { requireAdmin } from "@/lib/auth/get-actor";
import { listFlowsForAdmin } from "@/lib/flows/admin-queries";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.flows"))("title") };
}

export default async function FlowsSettingsPage() {
  const actor = await requireAdmin();
  const t = await getTranslations("settings.flows");
  const flows = await listFlowsForAdmin({ actor, db: await getDb() });
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 space-y-1">
          <h2 className="text-xl font-semibold">{t("title")}</h2>
          <p className="max-w-3xl text-sm text-muted-foreground">{t("intro")}</p>
        </div>
        <NewFlowButton />
      </div>
      <FlowList flows={flows} />
    </section>
  );
}
