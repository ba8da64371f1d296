import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiTokensSection } from "@/components/integrations/api-tokens-section";
import { listMyApiTokens } from "@/lib/api-tokens/queries";
import { requireStaff } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile.apiTokens"))("title") };
}

export default async function ApiSettingsPage() {
  const actor = await requireStaff();
  const tokens = await listMyApiTokens({ actor, db: await getDb() });
  return <ApiTokensSection tokens={tokens} heading="h2" />;
}
