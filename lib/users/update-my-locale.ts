import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import type { Ctx } from "../context";
import { notFound } from "../errors";
import { LOCALES, type Locale } from "../i18n/locales";
import { msg, validation } from "../i18n/msg";
import { parseInput } from "../parse-input";

/** A language, or null for "the browser's". */
export const updateMyLocaleSchema = z.object({
  locale: z.enum(LOCALES, { message: validation("locale") }).nullable(),
});

/** Anyone picks the language they read the product, its e-mails and notifications in. */
export async function updateMyLocale(
  { actor, db }: Ctx,
  raw: z.input<typeof updateMyLocaleSchema>,
): Promise<{ locale: Locale | null }> {
  const input = parseInput(updateMyLocaleSchema, raw);
  const [row] = await db
    .update(users)
    .set({ locale: input.locale })
    .where(eq(users.id, actor.id))
    .returning({ locale: users.locale });
  if (!row) throw notFound(msg("errors.notFound.account"));
  return row;
}
