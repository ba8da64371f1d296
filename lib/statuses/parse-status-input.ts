import type { z } from "zod";
import { invalid, invalidFields } from "../errors";
import { msg } from "../i18n/msg";
import { fieldErrorsOf } from "./schemas";

export const duplicateStatusName = () =>
  invalid(msg("errors.statuses.duplicateName"), { name: [msg("errors.statuses.duplicateName")] });

/** Like parseInput, with the finer keys of statusErrorKey for the actions' templates. */
export function parseStatusInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw invalidFields(fieldErrorsOf(parsed.error.issues, raw));
}
