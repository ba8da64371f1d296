import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { NewStatusDialog } from "@/components/admin/statuses/status-form-dialog";
import { StatusList } from "@/components/admin/statuses/status-list";
import { requireAdmin } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { listStatusesForAdmin } from "@/lib/statuses/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.statuses"))("title") };
}

const hint = (chunks: ReactNode) => <span className="font-normal">{chunks}</span>;

export default async function StatusesSettingsPage() {
  const actor = await requireAdmin();
  const t = await getTranslations("settings.statuses");
  const { groups, customCount, limit } = await listStatusesForAdmin({ actor, db: await getDb() });
  const atLimit = customCount >= limit;
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 space-y-1">
          <h2 className="text-xl font-semibold">{t("title")}</h2>
          <p className="max-w-3xl text-sm text-muted-foreground">{t("intro")}</p>
          <p
            className={`text-sm font-medium ${atLimit ? "text-amber-800 dark:text-amber-200" : "text-muted-foreground"}`}
          >
            {atLimit
              ? t.rich("countAtLimit", { count: customCount, limit, hint })
              : t("count", { count: customCount, limit })}
          </p>
        </div>
        <NewStatusDialog atLimit={atLimit} />
      </div>
      <StatusList groups={groups} />
    </section>
  );
}
