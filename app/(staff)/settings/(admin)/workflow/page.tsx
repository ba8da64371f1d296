import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DonePolicyForm } from "@/components/admin/done-policy-form";
import { requireAdmin } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { loadDonePolicy } from "@/lib/settings/done-policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.workflow"))("title") };
}

export default async function WorkflowSettingsPage() {
  await requireAdmin();
  const t = await getTranslations("settings.workflow");
  const policy = await loadDonePolicy(await getDb());
  return (
    <section className="space-y-4">
      <div>
        <h2 className="text-xl font-semibold">{t("title")}</h2>
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
      </div>
      <DonePolicyForm policy={policy} />
    </section>
  );
}
