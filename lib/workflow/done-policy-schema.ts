import { z } from "zod";
import { DONE_POLICY_MODES, type DonePolicy } from "./done-policy";

// Apart from done-policy.ts, so that client pages using its modes ship no zod.
export const donePolicySchema: z.ZodType<DonePolicy> = z.object({
  mode: z.enum(DONE_POLICY_MODES),
  autoCloseAfterDays: z.number().int().min(1).max(365).nullable(),
});
