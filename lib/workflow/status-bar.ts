import { type Msg, msg } from "../i18n/msg";
import { SESSION_STEPS, type SessionCategory, type SessionStep, sessionStepOf } from "./session-workflow";
import { TASK_STEPS, type TaskCategory, taskStepOf } from "./task-workflow";
import {
  customerLabel,
  PAUSED_CATEGORIES,
  stepMsg,
  stepOf,
  TICKET_STEPS,
  type TicketCategory,
  type TicketStep,
} from "./ticket-categories";

export const STEP_STATES = ["complete", "current", "pending"] as const;
export type StepState = (typeof STEP_STATES)[number];

/** One step of a status bar, for any kind of item (tickets, video sessions, tasks). */
export type BarStep = {
  readonly key: string;
  readonly label: string;
  /** The label in the reader's language. */
  readonly message: Msg;
  readonly state: StepState;
  /** Shown after the step name on the current step, e.g. the custom status name. */
  readonly detail: string | null;
  readonly paused: boolean;
  readonly cancelled: boolean;
};

export const BAR_KINDS = ["ticket", "video_session", "task"] as const;
export type BarKind = (typeof BAR_KINDS)[number];

export type BarModel = {
  readonly kind: BarKind;
  readonly ariaLabel: string;
  readonly steps: readonly BarStep[];
};

/**
 * Builds a bar from an ordered list of steps and the current one. A cancelled item shows the steps it
 * passed (up to `cancelledAfter`), then a final cancelled step.
 */
export function buildBar(input: {
  kind: BarKind;
  ariaLabel: string;
  steps: readonly string[];
  current: string;
  detail: string | null;
  paused: boolean;
  cancelledStep: string | null;
  cancelledAfter: string | null;
  messageOf: (step: string) => Msg;
}): BarModel {
  const plain = (label: string, state: StepState): BarStep => ({
    key: label,
    label,
    message: input.messageOf(label),
    state,
    detail: null,
    paused: false,
    cancelled: false,
  });
  const cancelled = input.cancelledStep !== null && input.current === input.cancelledStep;
  if (cancelled) {
    const passedUntil = input.cancelledAfter === null ? -1 : input.steps.indexOf(input.cancelledAfter);
    const passed = input.steps.slice(0, passedUntil + 1).map((step) => plain(step, "complete"));
    return {
      kind: input.kind,
      ariaLabel: input.ariaLabel,
      steps: [...passed, { ...plain(input.current, "current"), detail: input.detail, cancelled: true }],
    };
  }
  const index = input.steps.indexOf(input.current);
  return {
    kind: input.kind,
    ariaLabel: input.ariaLabel,
    steps: input.steps
      .filter((step) => step !== input.cancelledStep)
      .map((step, i) => {
        if (i < index) return plain(step, "complete");
        if (i > index) return plain(step, "pending");
        return { ...plain(step, "current"), detail: input.detail, paused: input.paused };
      }),
  };
}

export type TicketBarInput = {
  category: TicketCategory;
  statusName: string;
  /** The status' name in the reader's language, shown as the detail (defaults to statusName). */
  displayName?: string;
  /** The category the ticket was in when it was cancelled (for the passed steps). */
  cancelledFrom: TicketCategory | null;
  audience: "staff" | "customer";
};

export function ticketBar(input: TicketBarInput): BarModel {
  const step: TicketStep = stepOf(input.category);
  const isCustomer = input.audience === "customer";
  const detail = isCustomer || input.statusName === step ? null : (input.displayName ?? input.statusName);
  const paused = !isCustomer && (PAUSED_CATEGORIES as readonly TicketCategory[]).includes(input.category);
  return buildBar({
    kind: "ticket",
    ariaLabel: "Ticket status",
    steps: TICKET_STEPS,
    current: isCustomer ? customerLabel(input.category) : step,
    detail,
    paused,
    cancelledStep: "Cancelled",
    cancelledAfter: input.cancelledFrom ? stepOf(input.cancelledFrom) : null,
    messageOf: (label) => stepMsg(label as TicketStep),
  });
}

const KIND_STEP_KEYS = {
  Requested: "requested",
  Confirmed: "confirmed",
  Open: "open",
  "In Progress": "inProgress",
  Done: "done",
  Closed: "closed",
  Cancelled: "cancelled",
} as const satisfies Record<SessionStep | (typeof TASK_STEPS)[number], string>;
const kindStepMsg = (step: string): Msg =>
  msg(`workflow.steps.${KIND_STEP_KEYS[step as keyof typeof KIND_STEP_KEYS]}`);

/** The same bar for staff and customers: session statuses are fixed, their names are the steps. */
export function sessionBar(input: {
  category: SessionCategory;
  cancelledFrom: SessionCategory | null;
}): BarModel {
  return buildBar({
    kind: "video_session",
    ariaLabel: "Video session status",
    steps: SESSION_STEPS,
    current: sessionStepOf(input.category),
    detail: null,
    paused: false,
    cancelledStep: "Cancelled",
    cancelledAfter: input.cancelledFrom ? sessionStepOf(input.cancelledFrom) : null,
    messageOf: kindStepMsg,
  });
}

export function taskBar(input: { category: TaskCategory }): BarModel {
  return buildBar({
    kind: "task",
    ariaLabel: "Task status",
    steps: TASK_STEPS,
    current: taskStepOf(input.category),
    detail: null,
    paused: false,
    cancelledStep: null,
    cancelledAfter: null,
    messageOf: kindStepMsg,
  });
}
