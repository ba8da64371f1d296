import { z } from "zod";
import { validation } from "../i18n/msg";

export const DAYS_MESSAGE = validation("days");
export const MODE_MESSAGE = validation("doneMode");

/**
 * The shape the done-policy form sends. The verb checks the values against donePolicySchema, so
 * every door gets the same, readable messages.
 */
export const updateDonePolicySchema = z.object({
  mode: z.string({ message: MODE_MESSAGE }),
  autoCloseAfterDays: z.number({ message: DAYS_MESSAGE }).nullable(),
});
export type UpdateDonePolicyInput = z.input<typeof updateDonePolicySchema>;
