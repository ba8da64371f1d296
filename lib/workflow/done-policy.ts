export const DONE_POLICY_MODES = ["rating", "confirmation", "immediate"] as const;
export type DonePolicyMode = (typeof DONE_POLICY_MODES)[number];

/** How a done ticket gets closed (workflow 2.4); validated by done-policy-schema.ts. */
export type DonePolicy = { mode: DonePolicyMode; autoCloseAfterDays: number | null };

export const DEFAULT_DONE_POLICY: DonePolicy = { mode: "rating", autoCloseAfterDays: null };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether a ticket that entered Done at `doneAt` is due to close by itself at `now`. */
export function isDueForAutoClose(policy: DonePolicy, doneAt: Date, now: Date): boolean {
  if (policy.mode === "immediate" || policy.autoCloseAfterDays === null) return false;
  return now.getTime() - doneAt.getTime() >= policy.autoCloseAfterDays * DAY_MS;
}
