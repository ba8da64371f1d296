import type { z } from "zod";
import { invalid } from "./errors";

/** Parses a verb's input; bad input becomes a DomainError with a message per field, and changes nothing. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : "_form";
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
  }
  throw invalid("Please correct the highlighted fields.", fieldErrors);
}
