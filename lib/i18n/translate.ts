import { createFormatter, createTranslator } from "use-intl/core";
import de from "@/messages/de";
import en from "@/messages/en";
import { env } from "../env";
import { FORMATS } from "./formats";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { type MessageKey, type Messages, type Msg, renderMsg } from "./msg";

export const MESSAGES: Record<Locale, Messages> = { en, de };

export type Translator = {
  readonly locale: Locale;
  t(key: MessageKey, values?: Record<string, string | number | Date>): string;
  /** Renders a Msg (and the Msgs among its values). */
  msg(m: Msg): string;
  dateTime(value: Date | string, format?: keyof typeof FORMATS.dateTime): string;
  money(cents: number): string;
};

const cache = new Map<string, Translator>();

/**
 * Server-side rendering of catalog text outside React (queries, e-mails, notifications, errors),
 * in the reader's language. One per language and time zone, reused.
 */
export function translator(locale: Locale = DEFAULT_LOCALE, timeZone = serverTimeZone()): Translator {
  const cacheKey = `${locale}|${timeZone}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const raw = createTranslator({ locale, messages: MESSAGES[locale], formats: FORMATS, timeZone });
  const format = createFormatter({ locale, formats: FORMATS, timeZone });
  const t = (key: MessageKey, values?: Record<string, string | number | Date>) =>
    (raw as unknown as (k: string, v?: Record<string, string | number | Date>) => string)(key, values);
  const made: Translator = {
    locale,
    t,
    msg: (m) => renderMsg(t, m),
    dateTime: (value, style = "short") => format.dateTime(new Date(value), style),
    money: (cents) => format.number(cents / 100, "money"),
  };
  cache.set(cacheKey, made);
  return made;
}

/** English, for logs, tests and the `message` of errors. */
export const english = (m: Msg): string => translator("en", "UTC").msg(m);

let zone: string | undefined;

/** The time zone dates are shown in: APP_TIME_ZONE, else the server's own (read once). */
export function serverTimeZone(): string {
  zone ??= env().APP_TIME_ZONE || Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  return zone;
}
