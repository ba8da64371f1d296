import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FlowEditor } from "@/components/admin/flows/flow-editor";
import { requireAdmin } from "@/lib/auth/get-actor";
import { allAssets } from "@/lib/flows/admin-queries";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.flows.editor"))("newTitle") };
}

export default async function NewFlowPage() {
  await requireAdmin();
  const t = await getTranslations("settings.flows");
  const assets = await allAssets(await getDb());
  return (
    <section className="space-y-4">
      <div className="min-w-0 space-y-1">
        <Link href="/settings/flows" className="text-sm text-link hover:underline">
          {t("backToList")}
        </Link>
        <h2 className="text-xl font-semibold">{t("editor.newTitle")}</h2>
        <p className="max-w-3xl text-sm text-muted-foreground">{t("editor.newIntro")}</p>
      </div>
      <FlowEditor flow={null} assets={assets} />
    </section>
  );
}
