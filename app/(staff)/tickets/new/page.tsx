import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FlowStartView } from "@/components/flows/flow-start";
import { requireStaff } from "@/lib/auth/get-actor";
import { loadFlowStart } from "@/lib/flows/queries";
import { startParams } from "@/lib/flows/start-params";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tickets.new"))("title") };
}

export default async function NewTicketPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireStaff();
  const params = startParams(await searchParams);
  const [start, t] = await Promise.all([
    loadFlowStart({ actor, db: await getDb() }, params),
    getTranslations("tickets.new"),
  ]);
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <FlowStartView start={start} basePath="/tickets" assetId={params.assetId} />
    </div>
  );
}
