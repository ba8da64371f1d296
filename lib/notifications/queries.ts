import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { notifications } from "@/db/schema";
import type { Ctx } from "../context";

export type NotificationItem = { id: number; title: string; link: string | null; read: boolean; at: string };
export type NotificationsView = { unread: number; items: NotificationItem[] };

const UNREAD_CAP = 99;

/** The actor's latest notifications and unread count (bounded: the bell shows "99+" past that). */
export async function listMyNotifications({ actor, db }: Ctx): Promise<NotificationsView> {
  const [items, [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, actor.id))
      .orderBy(desc(notifications.id))
      .limit(20),
    db.select({ n: sql<number>`count(*)::int` }).from(
      db
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)))
        .limit(UNREAD_CAP + 1)
        .as("unread"),
    ),
  ]);
  return {
    unread: unread?.n ?? 0,
    items: items.map((n) => ({
      id: n.id,
      title: n.title,
      link: n.link,
      read: n.readAt !== null,
      at: n.createdAt.toISOString(),
    })),
  };
}
