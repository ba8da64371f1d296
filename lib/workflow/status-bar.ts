import {
  customerLabel,
  PAUSED_CATEGORIES,
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
  readonly state: StepState;
  /** Shown after the step name on the current step, e.g. the custom status name. */
  readonly detail: string | null;
  readonly paused: boolean;
  readonly cancelled: boolean;
};

export type BarModel = { readonly ariaLabel: string; readonly steps: readonly BarStep[] };

/**
 * Builds a bar from an ordered list of steps and the current one. A cancelled item shows the steps it
 * passed (up to `cancelledAfter`), then a final cancelled step.
 */
export function buildBar(input: {
  ariaLabel: string;
  steps: readonly string[];
  current: string;
  detail: string | null;
  paused: boolean;
  cancelledStep: string | null;
  cancelledAfter: string | null;
}): BarModel {
  const cancelled = input.cancelledStep !== null && input.current === input.cancelledStep;
  if (cancelled) {
    const passedUntil = input.cancelledAfter === null ? -1 : input.steps.indexOf(input.cancelledAfter);
    const passed = input.steps.slice(0, passedUntil + 1).map((step) => plain(step, "complete"));
    return {
      ariaLabel: input.ariaLabel,
      steps: [...passed, { ...plain(input.current, "current"), detail: input.detail, cancelled: true }],
    };
  }
  const index = input.steps.indexOf(input.current);
  return {
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

function plain(label: string, state: StepState): BarStep {
  return { key: label, label, state, detail: null, paused: false, cancelled: false };
}

export type TicketBarInput = {
  category: TicketCategory;
  statusName: string;
  /** The category the ticket was in when it was cancelled (for the passed steps). */
  cancelledFrom: TicketCategory | null;
  audience: "staff" | "customer";
};

export function ticketBar(input: TicketBarInput): BarModel {
  const step: TicketStep = stepOf(input.category);
  const isCustomer = input.audience === "customer";
  const detail = isCustomer || input.statusName === step ? null : input.statusName;
  const paused = !isCustomer && (PAUSED_CATEGORIES as readonly TicketCategory[]).includes(input.category);
  return buildBar({
    ariaLabel: "Ticket status",
    steps: TICKET_STEPS,
    current: isCustomer ? customerLabel(input.category) : step,
    detail,
    paused,
    cancelledStep: "Cancelled",
    cancelledAfter: input.cancelledFrom ? stepOf(input.cancelledFrom) : null,
  });
}
