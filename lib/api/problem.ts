import { DomainError, type ErrorCode, TooManyRequests } from "../errors";
import type { Locale } from "../i18n/locales";

export const PROBLEM_STATUS: Record<ErrorCode, number> = {
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  not_allowed: 422,
  invalid: 400,
  unauthenticated: 401,
  too_many: 429,
};

const TITLES: Record<ErrorCode, string> = {
  not_found: "Not Found",
  forbidden: "Forbidden",
  conflict: "Conflict",
  not_allowed: "Refused",
  invalid: "Invalid Input",
  unauthenticated: "Unauthorized",
  too_many: "Too Many Requests",
};

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { field: string; message: string }[];
};

/** The `type` of each problem: stable, so clients branch on it rather than on the words. */
export const problemType = (code: ErrorCode) => `urn:helpdesk:problem:${code}`;

export function problemResponse(problem: Problem, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers },
  });
}

export function problemOf(code: ErrorCode, detail: string, errors?: Problem["errors"]): Problem {
  return {
    type: problemType(code),
    title: TITLES[code],
    status: PROBLEM_STATUS[code],
    detail,
    ...(errors ? { errors } : {}),
  };
}

/** A verb's refusal as problem details, in the token owner's language. */
export function domainProblem(error: DomainError, locale: Locale | undefined): Response {
  const { message, fieldErrors } = error.localized(locale);
  const errors = fieldErrors
    ? Object.entries(fieldErrors).flatMap(([field, list]) => list.map((m) => ({ field, message: m })))
    : undefined;
  const headers: HeadersInit =
    error instanceof TooManyRequests ? { "Retry-After": String(error.retryAfterSeconds) } : {};
  return problemResponse(problemOf(error.code, message, errors), headers);
}

export { DomainError };
