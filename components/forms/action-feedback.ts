import { useTranslations } from "next-intl";
import type { ActionError } from "@/lib/server/action-client";

export type FieldErrors = Record<string, string[] | undefined>;
export type Feedback = { message: string | null; fields: FieldErrors };

type ResultLike = { serverError?: ActionError; validationErrors?: unknown } | undefined;
/** Any translator of the catalog's root: validation keys are full paths ("errors.validation.…"). */
type T = { (key: "errors.correctFields"): string; has(key: never): boolean };

const NONE: Feedback = { message: null, fields: {} };

/**
 * An action's validation errors name catalog keys (the schemas are shared with the server); the
 * verbs' own refusals arrive already in the reader's language.
 */
export function validationText(t: T, message: string): string {
  const render = t as unknown as ((key: string) => string) & { has(key: string): boolean };
  return render.has(message) ? render(message) : message;
}

/**
 * What a form shows after an action: one message for the alert, and messages per field, from either
 * the action's own schema (validationErrors) or the verb's refusal (serverError.fieldErrors).
 */
export function actionFeedback(result: ResultLike, t: T): Feedback {
  if (result?.serverError) {
    return { message: result.serverError.message, fields: result.serverError.fieldErrors ?? {} };
  }
  if (result?.validationErrors && typeof result.validationErrors === "object") {
    const fields: FieldErrors = {};
    for (const [key, value] of Object.entries(result.validationErrors as Record<string, unknown>)) {
      const messages = Array.isArray(value) ? value : (value as { _errors?: string[] } | undefined)?._errors;
      if (key !== "_errors" && messages?.length)
        fields[key] = messages.map((m) => validationText(t, String(m)));
    }
    return { message: t("errors.correctFields"), fields };
  }
  return NONE;
}

/** actionFeedback for the component's own result, in the reader's language. */
export function useActionFeedback(result: ResultLike): Feedback {
  const t = useTranslations();
  return actionFeedback(result, t);
}

/** Props that tie an input to its error message for screen readers. */
export function errorProps(id: string, messages: readonly string[] | undefined) {
  return messages?.length
    ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` }
    : { "aria-invalid": false as const };
}
