import { type Msg, msg } from "../i18n/msg";
import { type FlowInputType, MAX_FILES_PER_STEP } from "./flow-input-types";

export type AnswerValue = string | number | boolean | string[];
export type StepRule = { inputType: FlowInputType; options: readonly string[] };
export type AnswerCheck = { ok: true; value: AnswerValue | null } | { ok: false; error: Msg };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const SHORT_TEXT_MAX = 200;
export const LONG_TEXT_MAX = 10_000;
const NUMBER_LIMIT = 1e12;

const bad = (key: Parameters<typeof msg>[0], values?: Record<string, string | number>): AnswerCheck => ({
  ok: false,
  error: msg(key, values),
});
const empty: AnswerCheck = { ok: true, value: null };

/**
 * Checks one answer against its step's type and brings it to its stored shape. An empty answer is
 * `null` here; whether the step may stay empty is the flow's decision (see flow-state).
 * `assetIds` are the assets this person may report on.
 */
export function validateAnswer(step: StepRule, raw: unknown, assetIds: ReadonlySet<string>): AnswerCheck {
  if (raw === null || raw === undefined) return empty;
  switch (step.inputType) {
    case "short_text":
    case "long_text": {
      if (typeof raw !== "string") return bad("errors.flows.answerText");
      const text = raw.trim();
      const max = step.inputType === "short_text" ? SHORT_TEXT_MAX : LONG_TEXT_MAX;
      if (text.length > max) return bad("errors.flows.answerTooLong", { max });
      return text ? { ok: true, value: text } : empty;
    }
    case "single_choice": {
      if (raw === "") return empty;
      if (typeof raw !== "string" || !step.options.includes(raw)) return bad("errors.flows.answerOption");
      return { ok: true, value: raw };
    }
    case "multiple_choice": {
      if (!Array.isArray(raw) || raw.some((v) => typeof v !== "string" || !step.options.includes(v))) {
        return bad("errors.flows.answerOption");
      }
      const chosen = step.options.filter((option) => raw.includes(option));
      return chosen.length ? { ok: true, value: chosen } : empty;
    }
    case "yes_no":
      if (raw === "") return empty;
      return typeof raw === "boolean" ? { ok: true, value: raw } : bad("errors.flows.answerYesNo");
    case "number": {
      if (raw === "") return empty;
      const n =
        typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw.trim().replace(",", ".")) : NaN;
      if (!Number.isFinite(n)) return bad("errors.flows.answerNumber");
      if (Math.abs(n) > NUMBER_LIMIT) return bad("errors.flows.answerNumberRange");
      return { ok: true, value: n };
    }
    case "date": {
      if (raw === "") return empty;
      const match = typeof raw === "string" ? ISO_DATE.exec(raw) : null;
      if (!match) return bad("errors.flows.answerDate");
      const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(y, m - 1, d));
      const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
      if (!real || y < 1900 || y > 2200) return bad("errors.flows.answerDate");
      return { ok: true, value: raw as string };
    }
    case "file": {
      if (!Array.isArray(raw) || raw.some((v) => typeof v !== "string" || !UUID.test(v))) {
        return bad("errors.flows.answerFiles");
      }
      const ids = [...new Set(raw as string[])];
      if (ids.length > MAX_FILES_PER_STEP)
        return bad("errors.flows.answerTooManyFiles", { max: MAX_FILES_PER_STEP });
      return ids.length ? { ok: true, value: ids } : empty;
    }
    case "asset": {
      if (raw === "") return empty;
      if (typeof raw !== "string" || !assetIds.has(raw)) return bad("errors.flows.answerAsset");
      return { ok: true, value: raw };
    }
  }
}
