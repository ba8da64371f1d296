import type { ActionError } from "@/lib/server/action-client";

export type FieldErrors = Record<string, string[] | undefined>;
export type Feedback = { message: string | null; fields: FieldErrors };

type ResultLike = { serverError?: ActionError; validationErrors?: unknown } | undefined;

const NONE: Feedback = { message: null, fields: {} };

/**
 * What a form shows after an action: one message for the alert, and messages per field, from either
 * the action's own schema (validationErrors) or the verb's refusal (serverError.fieldErrors).
 */
export function actionFeedback(result: ResultLike): Feedback {
  if (result?.serverError) {
    return { message: result.serverError.message, fields: result.serverError.fieldErrors ?? {} };
  }
  if (result?.validationErrors && typeof result.validationErrors === "object") {
    const fields: FieldErrors = {};
    for (const [key, value] of Object.entries(result.validationErrors as Record<string, unknown>)) {
      const messages = Array.isArray(value) ? value : (value as { _errors?: string[] } | undefined)?._errors;
      if (key !== "_errors" && messages?.length) fields[key] = messages.map(String);
    }
    return { message: "Please correct the highlighted fields.", fields };
  }
  return NONE;
}

/** Props that tie an input to its error message for screen readers. */
export function errorProps(id: string, messages: readonly string[] | undefined) {
  return messages?.length
    ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` }
    : { "aria-invalid": false as const };
}
