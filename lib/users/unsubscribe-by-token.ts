import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { authSecret } from "../env";
import { invalid } from "../errors";
import { msg } from "../i18n/msg";
import { userOfUnsubscribeToken } from "../messaging/unsubscribe-token";
import { parseInput } from "../parse-input";
import { unsubscribeSchema } from "./schemas";

/**
 * "Unsubscribe" from an e-mail's link or the mail client's one-click button: no sign-in, the
 * signed token names the recipient. Doing it twice is fine; a forged token changes nothing.
 */
export async function unsubscribeByToken(
  db: Db,
  raw: { token: string },
  secret: string = authSecret(),
): Promise<{ email: string }> {
  const { token } = parseInput(unsubscribeSchema, raw);
  const userId = userOfUnsubscribeToken(token, secret);
  if (!userId) throw invalid(msg("errors.users.unsubscribeLinkInvalid"));
  const [row] = await db
    .update(users)
    .set({ emailNotifications: false })
    .where(eq(users.id, userId))
    .returning({ email: users.email });
  if (!row) throw invalid(msg("errors.users.unsubscribeLinkInvalid"));
  return row;
}
