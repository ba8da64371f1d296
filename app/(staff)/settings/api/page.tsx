import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { NewTokenDialog } from "@/components/integrations/new-token-dialog";
import { TokensTable } from "@/components/integrations/tokens-table";
import { listMyApiTokens } from "@/lib/api-tokens/queries";
import { requireStaff } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.api"))("title") };
}

const code = (chunks: ReactNode) => <code className="font-mono text-xs">{chunks}</code>;
const docs = (chunks: ReactNode) => (
  <a href="/api/v1/docs" className="font-medium underline underline-offset-2">
    {chunks}
  </a>
);

export default async function ApiSettingsPage() {
  const actor = await requireStaff();
  const t = await getTranslations("settings.api");
  const tokens = await listMyApiTokens({ actor, db: await getDb() });
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <h2 className="text-xl font-semibold">{t("title")}</h2>
          <p className="text-sm text-muted-foreground">{t("intro")}</p>
          <p className="text-sm text-muted-foreground">{t.rich("howTo", { code, docs })}</p>
        </div>
        <NewTokenDialog />
      </div>
      <TokensTable tokens={tokens} />
    </section>
  );
}
