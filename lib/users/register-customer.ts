import { eq, sql } from "drizzle-orm";
import { assetMembers, assets, users } from "@/db/schema";
import { normalizeAccessCode, WRONG_CODE_MESSAGE } from "../assets/access-code";
import { hashPassword } from "../auth/password";
import type { Ctx } from "../context";
import { isUniqueViolation } from "../db-errors";
import { invalid } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { countAttempts, LIMITS, refuseIfExhausted } from "../security/attempt-limits";
import { type RegisterCustomerInput, registerCustomerSchema, storedPhone } from "./schemas";

export type RegisteredCustomer = { userId: string; email: string; assetId: string };

/** Says neither that the address has an account nor that it has none. */
export const CANNOT_REGISTER_MESSAGE = msg("errors.users.cannotRegister");

/**
 * Public sign-up: a customer creates an account with the access code of an asset and is linked to
 * it. The order is the defence (OWASP ASVS V6.3): the address's limits first, then the code, and
 * only a holder of a valid code learns anything more — one refusal that does not say whether the
 * e-mail is registered. The password is hashed only once every check passed, so refusals cost
 * the server nothing.
 */
export async function registerCustomer(
  { db }: Pick<Ctx, "db">,
  raw: RegisterCustomerInput,
  { address }: { address: string | null },
): Promise<RegisteredCustomer> {
  const input = parseInput(registerCustomerSchema, raw);
  await countAttempts(db, [[LIMITS.registrationByAddress, address]], { refuse: true });
  await refuseIfExhausted(db, [[LIMITS.wrongCodeByAddress, address]]);

  const [asset] = await db
    .select({ id: assets.id })
    .from(assets)
    .where(eq(assets.accessCode, normalizeAccessCode(input.accessCode)))
    .limit(1);
  if (!asset) {
    await countAttempts(db, [[LIMITS.wrongCodeByAddress, address]], { refuse: false });
    throw invalid(WRONG_CODE_MESSAGE, { accessCode: [WRONG_CODE_MESSAGE] });
  }
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, input.email))
    .limit(1);
  if (taken) throw invalid(CANNOT_REGISTER_MESSAGE);

  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          name: input.name,
          email: input.email,
          role: "code_user",
          passwordHash,
          phone: storedPhone(input.phone),
        })
        .returning({ id: users.id, email: users.email });
      if (!user) throw new Error("Insert returned no user");
      await tx.insert(assetMembers).values({ userId: user.id, assetId: asset.id });
      return { userId: user.id, email: user.email, assetId: asset.id };
    });
  } catch (error) {
    // Someone registered the same address between the check and the insert.
    if (isUniqueViolation(error, "users_email_key")) throw invalid(CANNOT_REGISTER_MESSAGE);
    throw error;
  }
}
