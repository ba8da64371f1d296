import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { authSecret } from "@/lib/env";
import { userOfUnsubscribeToken } from "@/lib/messaging/unsubscribe-token";
import { UnsubscribeForm } from "./unsubscribe-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.unsubscribe"))("title") };
}

export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const [{ token: given }, t, tErrors] = await Promise.all([
    searchParams,
    getTranslations("auth.unsubscribe"),
    getTranslations("errors.users"),
  ]);
  const token = typeof given === "string" ? given : "";
  const usable = token.length <= 200 && userOfUnsubscribeToken(token, authSecret()) !== null;
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">{t("title")}</h1>
      {usable ? (
        <>
          <p className="mb-6 text-sm text-muted-foreground">{t("intro")}</p>
          <UnsubscribeForm token={token} />
        </>
      ) : (
        <Alert tone="warning">{tErrors("unsubscribeLinkInvalid")}</Alert>
      )}
    </>
  );
}
