"use server";

import { actionClient } from "@/lib/server/action-client";
import { getDb } from "@/lib/server/db";
import { requestAddress } from "@/lib/server/request-address";
import { requestPasswordResetSchema } from "@/lib/users/account-schemas";
import { requestPasswordReset } from "@/lib/users/request-password-reset";

// Public door: the answer is the same whether or not the address has an account.
export const requestPasswordResetAction = actionClient
  .inputSchema(requestPasswordResetSchema)
  .action(async ({ parsedInput }) => {
    await requestPasswordReset({ db: await getDb() }, parsedInput, { address: await requestAddress() });
    return { email: parsedInput.email };
  });
