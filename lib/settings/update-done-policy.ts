import { settings } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden, invalidFields } from "../errors";
import { type Msg, msg } from "../i18n/msg";
import type { DonePolicy } from "../workflow/done-policy";
import { donePolicySchema } from "../workflow/done-policy-schema";
import { DAYS_MESSAGE, MODE_MESSAGE, type UpdateDonePolicyInput } from "./schemas";

/** Admins set the done policy (workflow 2.4); the engine reads it on every transition. */
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
  await db
    .insert(settings)
    .values({ key: "done_policy", value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
  return value;
}
