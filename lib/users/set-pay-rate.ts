import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { Ctx } from "../context";
import { forbidden, invalid, invalidFields, notFound } from "../errors";
import { msg, validation } from "../i18n/msg";
import { parseMoney } from "../money";
import { parseInput } from "../parse-input";
import type { PayRate } from "../pay/pay-rate";
import { PAY_RATE_KINDS } from "../workflow/status-actions";

export const setPayRateSchema = z.object({
  userId: z.uuid(validation("unknownUser")),
  /** null clears the rate: the employee then earns nothing from pay calculations. */
  kind: z.enum(PAY_RATE_KINDS, { message: validation("payRateKind") }).nullable(),
  /** As typed: "12.5" (percent) or "25.00" (fee); read according to `kind`. */
  rate: z.string().max(30, validation("rateMax")).optional(),
});
export type SetPayRateInput = z.input<typeof setPayRateSchema>;

export const PERCENT_MESSAGE = msg("errors.users.percent");
export const FEE_MESSAGE = msg("errors.users.fee");
const MAX_FEE_CENTS = 100_000_000;

/** "12.5" or "12,5" → 12.5; null unless 0–100 with at most 2 decimals. */
export function parsePercent(text: string): number | null {
  const cleaned = text.trim().replace(/\s*%$/, "").replace(",", ".");
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return value <= 100 ? value : null;
}

/** Admins set an employee's pay rate (a percentage of the ticket's amount or a fixed fee), or clear it. */
export async function setPayRate(
  { actor, db }: Ctx,
  raw: SetPayRateInput,
): Promise<{ id: string; name: string; payRate: PayRate | null }> {
  if (actor.role !== "admin") throw forbidden(msg("errors.users.onlyAdminsPayRates"));
  const input = parseInput(setPayRateSchema, raw);
  let payRate: PayRate | null = null;
  if (input.kind === "percent") {
    const value = parsePercent(input.rate ?? "");
    if (value === null) throw invalidFields({ rate: [PERCENT_MESSAGE] });
    payRate = { kind: "percent", value };
  } else if (input.kind === "fixed") {
    const cents = parseMoney(input.rate ?? "");
    if (cents === null || cents > MAX_FEE_CENTS) throw invalidFields({ rate: [FEE_MESSAGE] });
    payRate = { kind: "fixed", value: cents };
  }
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({ role: users.role, payRateKind: users.payRateKind, payRateValue: users.payRateValue })
      .from(users)
      .where(eq(users.id, input.userId))
      .for("update")
      .limit(1);
    if (!target) throw notFound(msg("errors.notFound.user"));
    if (target.role === "code_user") throw invalid(msg("errors.users.customersNoPayRate"));
    const [row] = await tx
      .update(users)
      .set({ payRateKind: payRate?.kind ?? null, payRateValue: payRate?.value ?? null })
      .where(eq(users.id, input.userId))
      .returning({ id: users.id, name: users.name });
    if (!row) throw notFound(msg("errors.notFound.user"));
    const before =
      target.payRateKind && target.payRateValue !== null
        ? { kind: target.payRateKind, value: target.payRateValue }
        : null;
    if (JSON.stringify(before) !== JSON.stringify(payRate)) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user.pay_rate_changed",
        targetId: row.id,
        targetLabel: row.name,
        before: { payRate: before },
        after: { payRate },
      });
    }
    return { ...row, payRate };
  });
}
