import type { z } from "zod";
import { type MessageKey, type Msg, msg } from "./msg";

/** Our schemas name catalog keys (`validation(...)`); anything else is zod's own English. */
const isValidationKey = (text: string): text is MessageKey => text.startsWith("errors.validation.");

/** A zod issue as a catalog message. Client-safe: it needs no catalog. */
export function issueMsg(issue: { message: string }): Msg {
  return isValidationKey(issue.message) ? msg(issue.message) : msg("errors.validation.invalid");
}

/** Problems of a zod parse, one list of messages per top-level field ("_form" for the whole). */
export function issueFieldMsgs(
  issues: readonly z.core.$ZodIssue[],
  keyOf: (issue: z.core.$ZodIssue) => string = (issue) =>
    issue.path.length > 0 ? String(issue.path[0]) : "_form",
): Record<string, Msg[]> {
  const fieldErrors: Record<string, Msg[]> = {};
  for (const issue of issues) {
    const key = keyOf(issue);
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issueMsg(issue)];
  }
  return fieldErrors;
}
