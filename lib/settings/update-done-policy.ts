import { eq } from "drizzle-orm";
import { settings } from "@/db/schema";
import { recordAudit } from "../audit/record-audit";
import type { Ctx } from "../context";
import { forbidden, invalidFields } from "../errors";
import { type Msg, msg } from "../i18n/msg";
import type { DonePolicy } from "../workflow/done-policy";
import { donePolicySchema } from "../workflow/done-policy-schema";
import { parseDonePolicy } from "./done-policy";
import { DAYS_MESSAGE, MODE_MESSAGE, type UpdateDonePolicyInput } from "./schemas";

/** Admins set the done policy (workflow 2.4); the engine reads it on every transition. */
function policyValues(policy: DonePolicy) {
  return { mode: policy.mode, autoCloseAfterDays: policy.autoCloseAfterDays ?? null };
}

export async function updateDonePolicy({ actor, db }: Ctx, raw: UpdateDonePolicyInput): Promise<DonePolicy> {
  if (actor.role !== "admin") throw forbidden(msg("errors.settings.onlyAdmins"));
  // "Close at once" leaves nothing to close later: the days do not apply.
  const parsed = donePolicySchema.safeParse(
    raw.mode === "immediate" ? { ...raw, autoCloseAfterDays: null } : raw,
  );
  if (!parsed.success) {
    const fieldErrors: Record<string, Msg[]> = {};
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === "autoCloseAfterDays") fieldErrors.autoCloseAfterDays = [msg(DAYS_MESSAGE)];
      else fieldErrors.mode = [msg(MODE_MESSAGE)];
    }
    throw invalidFields(fieldErrors);
  }
  const value = parsed.data;
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ value: settings.value })
      .from(settings)
      .where(eq(settings.key, "done_policy"))
      .for("update")
      .limit(1);
    await tx
      .insert(settings)
      .values({ key: "done_policy", value })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "setting.done_policy_changed",
      targetId: "done_policy",
      targetLabel: "done_policy",
      before: policyValues(parseDonePolicy(current?.value)),
      after: policyValues(value),
    });
  });
  return value;
}
