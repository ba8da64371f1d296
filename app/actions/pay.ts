"use server";

import { actorAction } from "@/lib/server/action-client";
import { setPayRate, setPayRateSchema } from "@/lib/users/set-pay-rate";

// A thin door: parse, call one verb; the verb checks that the actor is an admin.
export const setPayRateAction = actorAction
  .inputSchema(setPayRateSchema)
  .action(({ parsedInput, ctx }) => setPayRate(ctx, parsedInput));
