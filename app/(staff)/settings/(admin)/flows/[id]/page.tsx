import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FlowEditor } from "@/components/admin/flows/flow-editor";
import { Alert } from "@/components/ui/alert";
import { loadFlowPage } from "@/lib/flows/load-flow-page";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { flow } = await loadFlowPage((await params).id);
  return { title: (await getTranslations("settings.flows.editor"))("editTitle", { name: flow.name }) };
}

export default async function EditFlowPage({ params }: Props) {
  const { flow, assets } = await loadFlowPage((await params).id);
  const t = await getTranslations("settings.flows");
  return (
    <section className="space-y-4">
      <div className="min-w-0 space-y-1">
        <Link href="/settings/flows" className="text-sm text-link hover:underline">
          {t("backToList")}
        </Link>
        <h2 className="text-xl font-semibold break-words">{t("editor.editTitle", { name: flow.name })}</h2>
        <p className="max-w-3xl text-sm text-muted-foreground">{t("editor.editIntro")}</p>
      </div>
      {flow.archived ? (
        <Alert tone="info" role="status" className="max-w-3xl">
          {t("editor.archivedNote")}
        </Alert>
      ) : null}
      <FlowEditor flow={flow} assets={assets} />
    </section>
  );
}
