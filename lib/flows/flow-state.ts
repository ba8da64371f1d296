import type { Msg } from "../i18n/msg";
import { msg } from "../i18n/msg";
import type { AnswerValue } from "./validate-answer";

export type FlowStep = { id: string; required: boolean };
/** One screen of the stepper: a step of the flow, or the employees' extra Visibility question. */
export type Screen<S extends FlowStep = FlowStep> = { kind: "step"; step: S } | { kind: "visibility" };
export type Answers = Readonly<Record<string, AnswerValue | null | undefined>>;

/** The screens a person answers: the flow's steps, and for employees Visibility last (workflow.md). */
export function screensFor<S extends FlowStep>(steps: readonly S[], chooseVisibility: boolean): Screen<S>[] {
  const screens: Screen<S>[] = steps.map((step) => ({ kind: "step", step }));
  if (chooseVisibility) screens.push({ kind: "visibility" });
  return screens;
}

const isAnswered = (value: AnswerValue | null | undefined) =>
  value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0) && value !== "";

/** Why this screen cannot be left forwards yet, or null. */
export function blockedBy(screen: Screen, answers: Answers, visibility: string | null): Msg | null {
  if (screen.kind === "visibility") return visibility ? null : msg("errors.validation.chooseVisibility");
  return screen.step.required && !isAnswered(answers[screen.step.id])
    ? msg("errors.flows.answerRequired")
    : null;
}

export type Move = { ok: true; index: number } | { ok: false; index: number; error: Msg };

export function next(
  screens: readonly Screen[],
  index: number,
  answers: Answers,
  visibility: string | null,
): Move {
  const screen = screens[index];
  if (!screen) return { ok: true, index: Math.max(0, screens.length - 1) };
  const error = blockedBy(screen, answers, visibility);
  if (error) return { ok: false, index, error };
  return { ok: true, index: Math.min(index + 1, screens.length - 1) };
}

export function back(index: number): number {
  return Math.max(0, index - 1);
}

export const isLast = (screens: readonly Screen[], index: number) => index >= screens.length - 1;

/** The first screen that still needs an answer: where "Continue" resumes a draft. */
export function resumeAt(screens: readonly Screen[], answers: Answers, visibility: string | null): number {
  const open = screens.findIndex((screen) => blockedBy(screen, answers, visibility) !== null);
  return open === -1 ? Math.max(0, screens.length - 1) : open;
}

/** The first step blocking completion (index into screens), or null when the ticket may be created. */
export function firstIncomplete(screens: readonly Screen[], answers: Answers, visibility: string | null) {
  const index = screens.findIndex((screen) => blockedBy(screen, answers, visibility) !== null);
  return index === -1 ? null : { index, error: blockedBy(screens[index]!, answers, visibility)! };
}
