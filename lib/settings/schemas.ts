import { z } from "zod";

export const DAYS_MESSAGE =
  "Enter a whole number of days from 1 to 365, or leave it empty to never close automatically.";
export const MODE_MESSAGE = "Choose what happens when a ticket is done.";

/**
 * The shape the done-policy form sends. The verb checks the values against donePolicySchema, so
 * every door gets the same, readable messages.
 */
export const updateDonePolicySchema = z.object({
  mode: z.string({ message: MODE_MESSAGE }),
  autoCloseAfterDays: z.number({ message: DAYS_MESSAGE }).nullable(),
});
export type UpdateDonePolicyInput = z.input<typeof updateDonePolicySchema>;
