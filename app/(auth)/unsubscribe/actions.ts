"use server";

import { actionClient } from "@/lib/server/action-client";
import { getDb } from "@/lib/server/db";
import { unsubscribeSchema } from "@/lib/users/schemas";
import { unsubscribeByToken } from "@/lib/users/unsubscribe-by-token";

// Public door: the signed token is the authorization.
export const unsubscribeAction = actionClient
  .inputSchema(unsubscribeSchema)
  .action(async ({ parsedInput }) => unsubscribeByToken(await getDb(), parsedInput));
