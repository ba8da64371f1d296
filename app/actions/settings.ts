"use server";

import { actorAction } from "@/lib/server/action-client";
import { updateDonePolicySchema } from "@/lib/settings/schemas";
import { updateDonePolicy } from "@/lib/settings/update-done-policy";

// Thin door: the verb checks the admin role and the values.
export const updateDonePolicyAction = actorAction
  .inputSchema(updateDonePolicySchema)
  .action(({ parsedInput, ctx }) => updateDonePolicy(ctx, parsedInput));
