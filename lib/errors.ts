export const ERROR_CODES = [
  "not_found",
  "forbidden",
  "conflict",
  "not_allowed",
  "invalid",
  "unauthenticated",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A refusal a person can act on. Verbs throw it; doors map it to a message, never to a crash. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: Readonly<Record<string, string[]>> | undefined;
  constructor(code: ErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export const notFound = (what = "This item") => new DomainError("not_found", `${what} was not found.`);
export const forbidden = (message = "You are not allowed to do this.") =>
  new DomainError("forbidden", message);
export const conflict = (
  message = "This ticket was changed by someone else in the meantime. Reload to see the latest version.",
) => new DomainError("conflict", message);
export const invalid = (message: string, fieldErrors?: Record<string, string[]>) =>
  new DomainError("invalid", message, fieldErrors);
