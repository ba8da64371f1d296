import { AlertTriangle, Calendar, Camera, CircleHelp, type LucideIcon, Video, Wrench } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { requireCodeUser } from "@/lib/auth/get-actor";
import { assistantFor, myOpenDrafts } from "@/lib/flows/assistant-queries";
import type { AssistantIcon } from "@/lib/flows/flow-input-types";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("portal.assistant"))("title") };
}

const ICONS: Record<AssistantIcon, LucideIcon> = {
  wrench: Wrench,
  camera: Camera,
  alert: AlertTriangle,
  help: CircleHelp,
  calendar: Calendar,
  video: Video,
};

/** The customers' home: what they can ask for, per asset they hold. */
export default async function AssistantPage() {
  const actor = await requireCodeUser();
  const ctx = { actor, db: await getDb() };
  const [assets, drafts, t] = await Promise.all([
    assistantFor(ctx),
    myOpenDrafts(ctx),
    getTranslations("portal.assistant"),
  ]);
  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      {drafts.length > 0 ? (
        <Card aria-labelledby="drafts-heading">
          <CardTitle id="drafts-heading">{t("drafts")}</CardTitle>
          <ul className="divide-y divide-border text-sm">
            {drafts.map((draft) => (
              <li key={draft.number} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="min-w-0 break-words">
                  <span className="font-mono text-muted-foreground">T-{draft.number}</span> {draft.title}
                  <span className="ml-2 text-xs text-muted-foreground">
                    <DateTime value={draft.updatedAt} />
                  </span>
                </span>
                <Link
                  href={`/portal/tickets/new?draft=${draft.number}`}
                  className={buttonVariants({ variant: "outline", size: "sm" })}
                  aria-label={t("continueDraft", { number: `T-${draft.number}` })}
                >
                  {t("continue")}
                </Link>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {assets.length === 0 ? (
        <Alert tone="info">
          {t("noAssets")}{" "}
          <Link href="/portal/assets" className="underline">
            {t("addAsset")}
          </Link>
        </Alert>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {assets.map((asset) => (
            <Card key={asset.id} aria-labelledby={`asset-${asset.id}`}>
              <CardTitle id={`asset-${asset.id}`}>{asset.name}</CardTitle>
              {asset.actions.length === 0 ? (
                <p className="text-sm text-muted-foreground">{t("noActions")}</p>
              ) : (
                <ul className="flex flex-col gap-2">
                  {asset.actions.map((action) => {
                    const Icon = ICONS[action.icon];
                    return (
                      <li key={action.id}>
                        <Link
                          href={action.href}
                          className={buttonVariants({
                            variant: "outline",
                            className: "w-full justify-start",
                          })}
                        >
                          <Icon aria-hidden className="size-4" />
                          {action.label}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              )}
            </Card>
          ))}
        </div>
      )}
      <p className="text-sm">
        <Link href="/portal/tickets/new" className="underline">
          {t("other")}
        </Link>
      </p>
    </div>
  );
}
