"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { actionClient } from "@/lib/server/action-client";
import { getDb } from "@/lib/server/db";
import { requestAddress } from "@/lib/server/request-address";
import { registerCustomer } from "@/lib/users/register-customer";
import { registerCustomerSchema } from "@/lib/users/schemas";

// Public door: nobody is signed in yet. The verb validates the code and creates the account.
export const registerCustomerAction = actionClient
  .inputSchema(registerCustomerSchema)
  .action(async ({ parsedInput }) => {
    const { email } = await registerCustomer({ db: await getDb() }, parsedInput, {
      address: await requestAddress(),
    });
    try {
      await signIn("credentials", { email, password: parsedInput.password, redirectTo: "/portal/assistant" });
    } catch (error) {
      // The account exists either way; if the automatic sign-in fails, the person signs in by hand.
      if (error instanceof AuthError) redirect("/login");
      throw error; // the redirect after a successful sign-in
    }
  });
