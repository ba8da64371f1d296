"use server";

import { AuthError } from "next-auth";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";
import { minutesOfRefusal } from "@/lib/auth/too-many-attempts";
import { validation } from "@/lib/i18n/msg";

const schema = z.object({
  email: z.string().trim().email(validation("yourEmail")),
  password: z.string().min(1, validation("yourPassword")),
  next: z.string().optional(),
});

export type LoginState = { error?: string; email?: string };

/** Only same-site paths: a crafted ?next= must not send people elsewhere. */
const safeNext = (next?: string) => (next?.startsWith("/") && !next.startsWith("//") ? next : "/");

export async function login(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const t = await getTranslations();
  const parsed = schema.safeParse(Object.fromEntries(formData));
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) {
    const key = parsed.error.issues[0]?.message;
    return { error: key && t.has(key as never) ? t(key as never) : t("errors.checkInput"), email };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeNext(parsed.data.next),
    });
  } catch (error) {
    const minutes = minutesOfRefusal(error);
    if (minutes !== null) return { error: t("auth.signIn.tooMany", { minutes }), email };
    if (error instanceof AuthError) return { error: t("auth.signIn.invalid"), email };
    throw error; // the redirect after a successful sign-in
  }
  return {};
}
