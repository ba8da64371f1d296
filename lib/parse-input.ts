import type { z } from "zod";
import { invalidFields } from "./errors";
import { issueFieldMsgs } from "./i18n/zod-issues";

/** Parses a verb's input; bad input becomes a DomainError with a message per field, and changes nothing. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw invalidFields(issueFieldMsgs(parsed.error.issues));
}
