import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AssistantButtonDialog } from "@/components/admin/assistant/assistant-button-dialog";
import { AssistantButtonList } from "@/components/admin/assistant/assistant-button-list";
import { requireAdmin } from "@/lib/auth/get-actor";
import { activeFlowOptions, listAssistantButtons } from "@/lib/flows/admin-queries";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.assistant"))("title") };
}

export default async function AssistantSettingsPage() {
  await requireAdmin();
  const t = await getTranslations("settings.assistant");
  const db = await getDb();
  const [buttons, flows] = await Promise.all([listAssistantButtons(db), activeFlowOptions(db)]);
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 space-y-1">
          <h2 className="text-xl font-semibold">{t("title")}</h2>
          <p className="max-w-3xl text-sm text-muted-foreground">{t("intro")}</p>
          <p className="max-w-3xl text-sm text-muted-foreground">{t("introHidden")}</p>
        </div>
        <AssistantButtonDialog flows={flows} />
      </div>
      <AssistantButtonList buttons={buttons} flows={flows} />
    </section>
  );
}
