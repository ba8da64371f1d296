import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await getActor()) redirect("/");
  const { next } = await searchParams;
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Sign in</h1>
      <p className="mb-6 text-sm text-slate-600">Helpdesk for employees and customers.</p>
      <LoginForm next={next} />
      <p className="mt-6 text-center text-sm text-slate-600">
        Customer with an access code?{" "}
        <Link href="/register" className="text-blue-700 hover:underline">
          Create an account
        </Link>
      </p>
    </>
  );
}
