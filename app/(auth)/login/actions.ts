"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/lib/auth/auth";

const schema = z.object({
  email: z.string().trim().email("Enter your e-mail address."),
  password: z.string().min(1, "Enter your password."),
  next: z.string().optional(),
});

export type LoginState = { error?: string; email?: string };

/** Only same-site paths: a crafted ?next= must not send people elsewhere. */
const safeNext = (next?: string) => (next?.startsWith("/") && !next.startsWith("//") ? next : "/");

export async function login(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = schema.safeParse(Object.fromEntries(formData));
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Invalid input.", email };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeNext(parsed.data.next),
    });
  } catch (error) {
    if (error instanceof AuthError) return { error: "Invalid email or password.", email };
    throw error; // the redirect after a successful sign-in
  }
  return {};
}
