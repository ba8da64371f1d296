import { AlertTriangle, Calendar, Camera, CircleHelp, type LucideIcon, Video, Wrench } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { requireCodeUser } from "@/lib/auth/get-actor";
import { assistantFor } from "@/lib/flows/assistant-queries";
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
  const [assets, t] = await Promise.all([
    assistantFor({ actor, db: await getDb() }),
    getTranslations("portal.assistant"),
  ]);
  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
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
