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
  /** The account's session version this request was authorized with (see users.sessionVersion). */
  readonly sessionVersion?: number;
};

/** What every verb and query receives: who acts, and on which database. Never read from globals. */
export type Ctx = { readonly actor: Actor; readonly db: Db };
