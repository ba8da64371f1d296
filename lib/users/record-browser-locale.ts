import { and, eq, isNull, ne, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { Locale } from "../i18n/locales";

/**
 * Remembers the browser's language at sign-in: e-mails to someone who picked no language follow it.
 * Writes only when it changed.
 */
export async function recordBrowserLocale(db: Db, userId: string, locale: Locale): Promise<void> {
  await db
    .update(users)
    .set({ lastLocale: locale })
    .where(and(eq(users.id, userId), or(isNull(users.lastLocale), ne(users.lastLocale, locale))));
}
