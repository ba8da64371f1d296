import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { settings } from "@/db/schema";
import { DEFAULT_DONE_POLICY, type DonePolicy } from "../workflow/done-policy";
import { donePolicySchema } from "../workflow/done-policy-schema";

export async function loadDonePolicy(db: Db | Tx): Promise<DonePolicy> {
  const [row] = await db.select().from(settings).where(eq(settings.key, "done_policy")).limit(1);
  return parseDonePolicy(row?.value);
}

/** The stored value, for statements that read it beside other rows. */
export const donePolicyValue = sql`(select p.value from ${settings} p where p.key = 'done_policy')`;

export function parseDonePolicy(value: unknown): DonePolicy {
  const parsed = donePolicySchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_DONE_POLICY;
}
