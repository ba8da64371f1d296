import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewAssetDialog } from "@/components/admin/asset-dialogs";
import { AssetsTable } from "@/components/admin/assets-table";
import { listAssets } from "@/lib/assets/queries";
import { requireAdmin } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { listEmployees } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.assets"))("title") };
}

export default async function AssetsSettingsPage() {
  const actor = await requireAdmin();
  const t = await getTranslations("settings.assets");
  const ctx = { actor, db: await getDb() };
  const [assets, employees] = await Promise.all([listAssets(ctx), listEmployees(ctx)]);
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div className="min-w-0">
          <h2 className="text-xl font-semibold">{t("title")}</h2>
          <p className="text-sm text-muted-foreground">{t("intro")}</p>
        </div>
        <NewAssetDialog employees={employees} />
      </div>
      <AssetsTable assets={assets} employees={employees} />
    </section>
  );
}
