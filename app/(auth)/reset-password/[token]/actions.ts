"use server";

import { redirect } from "next/navigation";
import { actionClient } from "@/lib/server/action-client";
import { getDb } from "@/lib/server/db";
import { resetPasswordSchema } from "@/lib/users/account-schemas";
import { resetPassword } from "@/lib/users/reset-password";

// Public door: the token is the authorization; the verb spends it once.
export const resetPasswordAction = actionClient
  .inputSchema(resetPasswordSchema)
  .action(async ({ parsedInput }) => {
    await resetPassword({ db: await getDb() }, parsedInput);
    redirect("/login?reset=done");
  });
