import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { OutboundMessagesTable } from "@/components/admin/outbound-messages-table";
import { requireAdmin } from "@/lib/auth/get-actor";
import { getMessagingSetup, listOutboundMessages } from "@/lib/messaging/queries";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.sms"))("title") };
}

const strong = (chunks: ReactNode) => <strong className="font-medium break-all">{chunks}</strong>;
const code = (chunks: ReactNode) => <code className="font-mono text-xs">{chunks}</code>;

export default async function SmsSettingsPage({
  searchParams,
}: {
  searchParams: Promise<{ before?: string }>;
}) {
  const actor = await requireAdmin();
  const t = await getTranslations("settings.sms");
  const before = Number((await searchParams).before) || null;
  const ctx = { actor, db: await getDb() };
  const { sms } = getMessagingSetup(ctx);
  const page = await listOutboundMessages(ctx, { channel: "sms", before });
  return (
    <section className="space-y-4">
      <div>
        <h2 className="text-xl font-semibold">{t("title")}</h2>
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
      </div>
      <p className="rounded-lg border border-border bg-card px-4 py-3 text-sm text-muted-foreground">
        {sms.kind === "http"
          ? t.rich("http", { gateway: sms.gateway, strong })
          : t.rich("local", { variable: "SMS_HTTP_URL", code })}
      </p>
      <OutboundMessagesTable channel="sms" page={page} basePath="/settings/sms" paged={before !== null} />
    </section>
  );
}
