"use server";

import { actorAction } from "@/lib/server/action-client";
import { setMyEmailNotificationsSchema, updateMyPhoneSchema } from "@/lib/users/schemas";
import { setMyEmailNotifications } from "@/lib/users/set-my-email-notifications";
import { updateMyPhone } from "@/lib/users/update-my-phone";

// Thin door: the verb checks that the actor is a customer and changes only their own record.
export const updateMyPhoneAction = actorAction
  .inputSchema(updateMyPhoneSchema)
  .action(({ parsedInput, ctx }) => updateMyPhone(ctx, parsedInput));

export const setMyEmailNotificationsAction = actorAction
  .inputSchema(setMyEmailNotificationsSchema)
  .action(({ parsedInput, ctx }) => setMyEmailNotifications(ctx, parsedInput));
