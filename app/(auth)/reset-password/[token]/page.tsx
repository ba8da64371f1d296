import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/lib/server/db";
import { isResetLinkUsable } from "@/lib/users/reset-password";
import { ResetPasswordForm } from "./reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.reset"))("title") };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, t, tErrors] = await Promise.all([
    params,
    getTranslations("auth.reset"),
    getTranslations("errors.users"),
  ]);
  const usable = token.length <= 200 && (await isResetLinkUsable(await getDb(), token));
  if (!usable) {
    return (
      <>
        <h1 className="mb-4 text-xl font-semibold">{t("invalidTitle")}</h1>
        <Alert tone="warning">{tErrors("resetLinkInvalid")}</Alert>
        <p className="mt-6 text-center text-sm">
          <Link href="/forgot-password" className="text-link underline underline-offset-2">
            {t("requestNew")}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-sm text-muted-foreground">{t("intro")}</p>
      <ResetPasswordForm token={token} />
    </>
  );
}
