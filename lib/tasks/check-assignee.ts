import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { users } from "@/db/schema";
import { invalid } from "../errors";
import { msg } from "../i18n/msg";

/** A task's assignee is an active employee; anything else is refused with the field named. */
export async function checkAssignee(tx: Tx, assigneeId: string | null): Promise<void> {
  if (assigneeId === null) return;
  const [user] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, assigneeId), eq(users.active, true), ne(users.role, "code_user")))
    .limit(1);
  if (!user) {
    const reason = msg("errors.tasks.unknownAssignee");
    throw invalid(reason, { assigneeId: [reason] });
  }
}
