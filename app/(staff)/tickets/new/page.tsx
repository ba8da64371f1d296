import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewTicketForm } from "@/components/tickets/new-ticket-form";
import { Card } from "@/components/ui/card";
import { requireStaff } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { assetOptions } from "@/lib/tickets/form-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tickets.new"))("title") };
}

export default async function NewTicketPage() {
  const actor = await requireStaff();
  const [assets, t] = await Promise.all([
    assetOptions({ actor, db: await getDb() }),
    getTranslations("tickets.new"),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <Card>
        <NewTicketForm assets={assets} chooseVisibility detailPath="/tickets" />
      </Card>
    </div>
  );
}
