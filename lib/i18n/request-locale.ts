import "server-only";
import { cookies, headers } from "next/headers";
import { isLocale, type Locale, negotiateLocale } from "./locales";

/** Remembers a picked language in this browser, so the sign-in page speaks it after signing out. */
export const LOCALE_COOKIE = "locale";

/** The language of a request with nobody's choice to go by: this browser's pick, else Accept-Language. */
export async function browserLocale(): Promise<Locale> {
  const picked = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(picked)) return picked;
  return negotiateLocale((await headers()).get("accept-language"));
}
