import { eq, sql } from "drizzle-orm";
import { assetMembers, assets, users } from "@/db/schema";
import { normalizeAccessCode, WRONG_CODE_MESSAGE } from "../assets/access-code";
import { hashPassword } from "../auth/password";
import type { Ctx } from "../context";
import { isUniqueViolation } from "../db-errors";
import { invalid } from "../errors";
import type { Msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import {
  DUPLICATE_EMAIL_MESSAGE,
  type RegisterCustomerInput,
  registerCustomerSchema,
  storedPhone,
} from "./schemas";

export type RegisteredCustomer = { userId: string; email: string; assetId: string };

/**
 * Public sign-up: a customer creates an account with the access code of an asset and is linked to
 * it. A wrong code or a taken e-mail creates nothing: all checks and writes share one transaction.
 */
export async function registerCustomer(
  { db }: Pick<Ctx, "db">,
  raw: RegisterCustomerInput,
): Promise<RegisteredCustomer> {
  const input = parseInput(registerCustomerSchema, raw);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [asset] = await tx
        .select({ id: assets.id })
        .from(assets)
        .where(eq(assets.accessCode, normalizeAccessCode(input.accessCode)))
        .limit(1);
      const [taken] = await tx
        .select({ id: users.id })
        .from(users)
        .where(eq(sql`lower(${users.email})`, input.email))
        .limit(1);
      const fieldErrors: Record<string, Msg[]> = {};
      if (taken) fieldErrors.email = [DUPLICATE_EMAIL_MESSAGE];
      if (!asset) fieldErrors.accessCode = [WRONG_CODE_MESSAGE];
      if (!asset || taken) throw invalid(asset ? DUPLICATE_EMAIL_MESSAGE : WRONG_CODE_MESSAGE, fieldErrors);

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
    if (isUniqueViolation(error, "users_email_key")) {
      throw invalid(DUPLICATE_EMAIL_MESSAGE, { email: [DUPLICATE_EMAIL_MESSAGE] });
    }
    throw error;
  }
}
