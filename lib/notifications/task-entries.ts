import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { notifications, statuses, tasks } from "@/db/schema";
import type { Ctx } from "../context";
import { msg } from "../i18n/msg";
import { translator } from "../i18n/translate";
import type { NotificationItem } from "./queries";

/** The actor's task entries (employees only), newest first, and how many are unread (bounded). */
export async function loadTaskEntries(
  ctx: Ctx,
  limit: number,
  unreadCap: number,
): Promise<{ items: NotificationItem[]; unread: number }> {
  const { actor, db } = ctx;
  if (actor.role === "code_user") return { items: [], unread: 0 };
  const mine = and(eq(notifications.userId, actor.id), eq(notifications.subjectKind, "task"));
  const [rows, [unread]] = await Promise.all([
    db
      .select({
        id: notifications.id,
        readAt: notifications.readAt,
        updatedAt: notifications.updatedAt,
        eventCount: notifications.eventCount,
        number: tasks.number,
        title: tasks.title,
        assigneeId: tasks.assigneeId,
        category: statuses.category,
      })
      .from(notifications)
      .innerJoin(tasks, eq(tasks.id, notifications.subjectId))
      .innerJoin(statuses, eq(statuses.id, tasks.statusId))
      .where(mine)
      .orderBy(desc(notifications.updatedAt), desc(notifications.id))
      .limit(limit),
    db.select({ n: sql<number>`count(*)::int` }).from(
      db
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(mine, isNull(notifications.readAt)))
        .limit(unreadCap + 1)
        .as("unread"),
    ),
  ]);
  const t = translator(actor.locale);
  return {
    unread: unread?.n ?? 0,
    items: rows.map((row) => ({
      id: row.id,
      text: t.msg(msg("notifications.staff.taskAssigned", { number: row.number, title: row.title })),
      link: `/tasks/${row.number}`,
      read: row.readAt !== null,
      at: row.updatedAt.toISOString(),
      count: row.eventCount,
      // Given to someone else since, or done: the entry asks nothing of its reader any more.
      state: row.assigneeId !== actor.id ? "withdrawn" : row.category === "closed" ? "done" : "active",
      needsAnswer: false,
    })),
  };
}
