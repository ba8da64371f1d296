import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FlowPreview } from "@/components/admin/flows/flow-preview";
import { Alert } from "@/components/ui/alert";
import { loadFlowPage } from "@/lib/flows/load-flow-page";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { flow } = await loadFlowPage((await params).id);
  return { title: (await getTranslations("settings.flows.preview"))("title", { name: flow.name }) };
}

export default async function FlowPreviewPage({ params }: Props) {
  const { flow, assets } = await loadFlowPage((await params).id);
  const t = await getTranslations("settings.flows");
  // A customer chooses among the assets they hold; the preview offers those the flow is for.
  const offered = flow.assetScope === "chosen" ? assets.filter((a) => flow.assetIds.includes(a.id)) : assets;
  return (
    <section className="space-y-4">
      <div className="min-w-0 space-y-1">
        <Link href="/settings/flows" className="text-sm text-link hover:underline">
          {t("backToList")}
        </Link>
        <h2 className="text-xl font-semibold break-words">{t("preview.title", { name: flow.name })}</h2>
      </div>
      <Alert tone="info" role="status" className="max-w-xl">
        {t("preview.note")}
        {flow.archived ? ` ${t("preview.archived")}` : null}
      </Alert>
      <FlowPreview steps={flow.steps} assets={offered} />
      {flow.archived ? null : (
        <Link href={`/settings/flows/${flow.id}`} className="inline-flex text-sm text-link hover:underline">
          {t("preview.edit")}
        </Link>
      )}
    </section>
  );
}
