import { Boxes } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { listMyAssets } from "@/lib/assets/queries";
import { requireCodeUser } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { RedeemCodeForm } from "./redeem-code-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("portal.assets"))("title") };
}

export default async function MyAssetsPage() {
  const actor = await requireCodeUser();
  const [assets, t] = await Promise.all([
    listMyAssets({ actor, db: await getDb() }),
    getTranslations("portal.assets"),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {assets.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("none")}</p>
      ) : (
        <ul
          aria-label={t("title")}
          className="divide-y divide-border rounded-lg border border-border bg-card"
        >
          {assets.map((asset) => (
            <li
              key={asset.id}
              className="flex items-center gap-3 px-4 py-3 text-sm font-medium text-foreground"
            >
              <Boxes className="size-4 text-muted-foreground" aria-hidden />
              {asset.name}
            </li>
          ))}
        </ul>
      )}
      <Card className="max-w-md">
        <CardTitle>{t("addTitle")}</CardTitle>
        <p className="mb-4 text-sm text-muted-foreground">{t("addText")}</p>
        <RedeemCodeForm />
      </Card>
    </div>
  );
}
