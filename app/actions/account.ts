"use server";

import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/auth/auth";
import { actorAction } from "@/lib/server/action-client";
import { requestAddress } from "@/lib/server/request-address";
import { changeMyPasswordSchema } from "@/lib/users/account-schemas";
import { changeMyPassword } from "@/lib/users/change-my-password";
import { signOutEverywhere } from "@/lib/users/sign-out-everywhere";
import { isStaffRole } from "@/lib/workflow/roles";

// The change ends every session of the account; this browser gets a fresh one at once, signed in
// with the new password, so only the other devices are signed out. The explicit redirect matters:
// re-rendering the page in this same request would still read the old, now revoked, cookie.
export const changeMyPasswordAction = actorAction
  .inputSchema(changeMyPasswordSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { email } = await changeMyPassword(ctx, parsedInput, { address: await requestAddress() });
    await signIn("credentials", { email, password: parsedInput.newPassword, redirect: false });
    redirect(`${isStaffRole(ctx.actor.role) ? "/profile" : "/portal/profile"}?password=changed`);
  });

export const signOutEverywhereAction = actorAction.action(async ({ ctx }) => {
  await signOutEverywhere(ctx);
  await signOut({ redirect: false });
  redirect("/login?signedOut=everywhere");
});
