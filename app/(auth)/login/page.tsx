import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { getActor } from "@/lib/auth/get-actor";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

type LoginSearch = { next?: string; reset?: string; signedOut?: string };

export default async function LoginPage({ searchParams }: { searchParams: Promise<LoginSearch> }) {
  if (await getActor()) redirect("/");
  const [{ next, reset, signedOut }, t] = await Promise.all([searchParams, getTranslations("auth.signIn")]);
  const notice =
    reset === "done" ? t("passwordReset") : signedOut === "everywhere" ? t("signedOutEverywhere") : null;
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-sm text-muted-foreground">{t("intro")}</p>
      {notice ? (
        <Alert tone="success" role="status" className="mb-4">
          {notice}
        </Alert>
      ) : null}
      <LoginForm next={next} />
      <p className="mt-4 text-center text-sm">
        <Link href="/forgot-password" className="text-link underline underline-offset-2">
          {t("forgot")}
        </Link>
      </p>
      <p className="mt-6 text-center text-sm text-muted-foreground">
        {t("customerWithCode")}{" "}
        <Link href="/register" className="text-link underline underline-offset-2">
          {t("createAccount")}
        </Link>
      </p>
    </>
  );
}
