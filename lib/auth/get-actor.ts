import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Actor } from "../context";
import { browserLocale } from "../i18n/request-locale";
import { getDb } from "../server/db";
import { auth } from "./auth";
import { loadActor } from "./load-actor";

/** The signed-in, active user of this request, re-read from the database (once per request). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const actor = await loadActor(await getDb(), userId, session.sessionVersion);
  if (!actor || actor.locale) return actor;
  return { ...actor, locale: await browserLocale() };
});

/** The language of this request: the signed-in person's, else the browser's. */
export const getRequestLocale = cache(async () => (await getActor())?.locale ?? (await browserLocale()));

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

export async function requireStaff(): Promise<Actor> {
  const actor = await requireActor();
  if (actor.role === "code_user") redirect("/portal/tickets");
  return actor;
}

/** For pages customers must not learn exist: an employee, or "not found". */
export async function requireInternal(): Promise<Actor> {
  const actor = await requireActor();
  if (actor.role === "code_user") notFound();
  return actor;
}

export async function requireCodeUser(): Promise<Actor> {
  const actor = await requireActor();
  if (actor.role !== "code_user") redirect("/tickets");
  return actor;
}

export async function requireAdmin(): Promise<Actor> {
  const actor = await requireStaff();
  if (actor.role !== "admin") redirect("/tickets");
  return actor;
}
