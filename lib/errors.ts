import type { Locale } from "./i18n/locales";
import { type Msg, msg } from "./i18n/msg";
import { english, translator } from "./i18n/translate";

export const ERROR_CODES = [
  "not_found",
  "forbidden",
  "conflict",
  "not_allowed",
  "invalid",
  "unauthenticated",
  "too_many",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type FieldMsgs = Readonly<Record<string, readonly Msg[]>>;

/**
 * A refusal a person can act on. Verbs throw it with catalog messages; doors render them in the
 * reader's language. `message` and `fieldErrors` are the English text, for logs and tests.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly msg: Msg;
  readonly fieldMsgs: FieldMsgs | undefined;
  readonly fieldErrors: Readonly<Record<string, string[]>> | undefined;
  constructor(code: ErrorCode, message: Msg, fieldErrors?: FieldMsgs) {
    super(english(message));
    this.name = "DomainError";
    this.code = code;
    this.msg = message;
    this.fieldMsgs = fieldErrors;
    this.fieldErrors = fieldErrors && renderFields(fieldErrors, "en");
  }

  /** The message and field errors in the reader's language. */
  localized(locale: Locale | undefined): { message: string; fieldErrors?: Record<string, string[]> } {
    const t = translator(locale);
    return {
      message: t.msg(this.msg),
      ...(this.fieldMsgs ? { fieldErrors: renderFields(this.fieldMsgs, locale) } : {}),
    };
  }
}

function renderFields(fields: FieldMsgs, locale: Locale | undefined): Record<string, string[]> {
  const t = translator(locale);
  return Object.fromEntries(Object.entries(fields).map(([field, list]) => [field, list.map(t.msg)]));
}

export const notFound = (what: Msg = msg("errors.notFound.item")) => new DomainError("not_found", what);
export const forbidden = (message: Msg = msg("errors.forbidden")) => new DomainError("forbidden", message);
export const conflict = (message: Msg = msg("errors.conflict")) => new DomainError("conflict", message);
export const invalid = (message: Msg, fieldErrors?: FieldMsgs) =>
  new DomainError("invalid", message, fieldErrors);
export const notAllowed = (message: Msg, fieldErrors?: FieldMsgs) =>
  new DomainError("not_allowed", message, fieldErrors);
/** The usual invalid input: one alert pointing to the fields, and a message per field. */
export const invalidFields = (fieldErrors: FieldMsgs) => invalid(msg("errors.correctFields"), fieldErrors);

/** Whole minutes to wait, as refusals say them (never "0 minutes"). */
export const minutesToWait = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

/** Refused by a brute-force limit; the API answers 429 with Retry-After. */
export class TooManyRequests extends DomainError {
  readonly retryAfterSeconds: number;
  constructor(waitMs: number) {
    super("too_many", msg("errors.tooMany", { minutes: minutesToWait(waitMs) }));
    this.retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
  }
}
