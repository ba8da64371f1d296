import type { FlowInputType } from "./flow-input-types";
import type { AnswerValue } from "./validate-answer";

type Step = { id: string; inputType: FlowInputType };
type Answers = Readonly<Record<string, AnswerValue | null | undefined>>;

/**
 * What the ticket itself reads as, from the answers: its title is the first short-text answer (the
 * flow's name until there is one), its description the first long-text answer, its asset the
 * asset answer or the asset the flow was started for.
 */
export function ticketFields(
  flowName: string,
  steps: readonly Step[],
  answers: Answers,
  startAsset: string | null,
) {
  const first = (type: FlowInputType) => {
    for (const step of steps) {
      const value = answers[step.id];
      if (step.inputType === type && typeof value === "string" && value) return value;
    }
    return null;
  };
  return {
    title: first("short_text") ?? flowName,
    description: first("long_text") ?? "",
    assetId: first("asset") ?? startAsset,
  };
}
