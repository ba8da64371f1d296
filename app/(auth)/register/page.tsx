import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/get-actor";
import { RegisterForm } from "./register-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.register"))("title") };
}

export default async function RegisterPage() {
  if (await getActor()) redirect("/");
  const t = await getTranslations("auth.register");
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">{t("title")}</h1>
      <p className="mb-6 text-sm text-muted-foreground">{t("intro")}</p>
      <RegisterForm />
      <p className="mt-6 text-center text-sm text-muted-foreground">
        {t("haveAccount")}{" "}
        <Link href="/login" className="text-link underline underline-offset-2">
          {t("signIn")}
        </Link>
      </p>
    </>
  );
}
