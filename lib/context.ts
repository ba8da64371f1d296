import type { Db } from "@/db/client";
import type { Locale } from "./i18n/locales";
import type { Role } from "./workflow/roles";

export type Actor = {
  readonly id: string;
  readonly role: Role;
  readonly name: string;
  readonly email: string;
  /** The language this person reads: their choice, else their browser's (English when unknown). */
  readonly locale?: Locale;
};

/** What every verb and query receives: who acts, and on which database. Never read from globals. */
export type Ctx = { readonly actor: Actor; readonly db: Db };
