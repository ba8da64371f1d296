"use server";

import { actorAction } from "@/lib/server/action-client";
import { updateMyPhoneSchema } from "@/lib/users/schemas";
import { updateMyPhone } from "@/lib/users/update-my-phone";

// Thin door: the verb checks that the actor is a customer and changes only their own record.
export const updateMyPhoneAction = actorAction
  .inputSchema(updateMyPhoneSchema)
  .action(({ parsedInput, ctx }) => updateMyPhone(ctx, parsedInput));
