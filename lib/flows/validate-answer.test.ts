import { describe, expect, it } from "vitest";
import type { FlowInputType } from "./flow-input-types";
import { validateAnswer } from "./validate-answer";

const ASSET = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const OTHER = "0b6f6a7e-3f35-4c55-9d1a-7b8f5ad2b1c3";
const step = (inputType: FlowInputType, options: string[] = []) => ({ inputType, options });
const check = (inputType: FlowInputType, raw: unknown, options: string[] = []) =>
  validateAnswer(step(inputType, options), raw, new Set([ASSET]));
const value = (r: ReturnType<typeof check>) => (r.ok ? r.value : `refused: ${r.error.key}`);

describe("validateAnswer, per input type", () => {
  it.each<[FlowInputType, unknown, unknown, string[]?]>([
    ["short_text", "  Pump P-200  ", "Pump P-200"],
    ["short_text", "   ", null],
    ["short_text", "x".repeat(201), "refused: errors.flows.answerTooLong"],
    ["short_text", 42, "refused: errors.flows.answerText"],
    ["long_text", "a\nb", "a\nb"],
    ["long_text", "x".repeat(10_001), "refused: errors.flows.answerTooLong"],
    ["single_choice", "No", "No", ["Yes", "No"]],
    ["single_choice", "Maybe", "refused: errors.flows.answerOption", ["Yes", "No"]],
    ["single_choice", "", null, ["Yes", "No"]],
    ["multiple_choice", ["B", "A"], ["A", "B"], ["A", "B", "C"]],
    ["multiple_choice", [], null, ["A", "B"]],
    ["multiple_choice", ["A", "Z"], "refused: errors.flows.answerOption", ["A", "B"]],
    ["multiple_choice", "A", "refused: errors.flows.answerOption", ["A", "B"]],
    ["yes_no", true, true],
    ["yes_no", false, false],
    ["yes_no", "yes", "refused: errors.flows.answerYesNo"],
    ["number", "3,5", 3.5],
    ["number", 42, 42],
    ["number", "", null],
    ["number", "12abc", "refused: errors.flows.answerNumber"],
    ["number", 1e13, "refused: errors.flows.answerNumberRange"],
    ["date", "2026-02-28", "2026-02-28"],
    ["date", "2026-02-30", "refused: errors.flows.answerDate"],
    ["date", "28.02.2026", "refused: errors.flows.answerDate"],
    ["date", "1800-01-01", "refused: errors.flows.answerDate"],
    ["file", [ASSET, ASSET], [ASSET]],
    ["file", [], null],
    ["file", ["../etc/passwd"], "refused: errors.flows.answerFiles"],
    [
      "file",
      Array.from({ length: 11 }, (_, i) => `00000000-0000-4000-8000-0000000000${String(i).padStart(2, "0")}`),
      "refused: errors.flows.answerTooManyFiles",
    ],
    ["asset", ASSET, ASSET],
    ["asset", OTHER, "refused: errors.flows.answerAsset"],
    ["asset", "", null],
  ])("%s %j → %j", (type, raw, expected, options) => {
    expect(value(check(type, raw, options))).toEqual(expected);
  });

  it("an absent answer is empty for every type", () => {
    for (const type of [
      "short_text",
      "long_text",
      "single_choice",
      "multiple_choice",
      "yes_no",
      "number",
      "date",
      "file",
      "asset",
    ] as const) {
      expect(check(type, undefined)).toEqual({ ok: true, value: null });
      expect(check(type, null)).toEqual({ ok: true, value: null });
    }
  });
});
