import { settings } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden, invalid } from "../errors";
import { type DonePolicy, donePolicySchema } from "../workflow/done-policy";
import { DAYS_MESSAGE, MODE_MESSAGE, type UpdateDonePolicyInput } from "./schemas";

/** Admins set the done policy (workflow 2.4); the engine reads it on every transition. */
export async function updateDonePolicy({ actor, db }: Ctx, raw: UpdateDonePolicyInput): Promise<DonePolicy> {
  if (actor.role !== "admin") throw forbidden("Only admins can change settings.");
  // "Close at once" leaves nothing to close later: the days do not apply.
  const parsed = donePolicySchema.safeParse(
    raw.mode === "immediate" ? { ...raw, autoCloseAfterDays: null } : raw,
  );
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === "autoCloseAfterDays") fieldErrors.autoCloseAfterDays = [DAYS_MESSAGE];
      else fieldErrors.mode = [MODE_MESSAGE];
    }
    throw invalid("Please correct the highlighted fields.", fieldErrors);
  }
  const value = parsed.data;
  await db
    .insert(settings)
    .values({ key: "done_policy", value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
  return value;
}
