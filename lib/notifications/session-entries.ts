import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { notifications, statuses, videoSessions } from "@/db/schema";
import type { Ctx } from "../context";
import { msg } from "../i18n/msg";
import { translator } from "../i18n/translate";
import { visibleSessionsWhere } from "../sessions/session-access";
import { SESSION_NOTIFICATION_KINDS, type SessionNotificationKind } from "./plan-session-notifications";
import type { NotificationItem } from "./queries";

const KEYS = {
  session_requested: "notifications.session.requested",
  session_set_up: "notifications.session.setUp",
  session_confirmed: "notifications.session.confirmed",
  session_cancelled: "notifications.session.cancelled",
} as const satisfies Record<SessionNotificationKind, string>;

const isKind = (value: string): value is SessionNotificationKind =>
  (SESSION_NOTIFICATION_KINDS as readonly string[]).includes(value);

/** The actor's session entries they may still see, newest first, and how many are unread (bounded). */
export async function loadSessionEntries(
  ctx: Ctx,
  limit: number,
  unreadCap: number,
): Promise<{ items: NotificationItem[]; unread: number }> {
  const { actor, db } = ctx;
  const mine = and(
    eq(notifications.userId, actor.id),
    eq(notifications.subjectKind, "video_session"),
    visibleSessionsWhere(actor),
  );
  const [rows, [unread]] = await Promise.all([
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        readAt: notifications.readAt,
        updatedAt: notifications.updatedAt,
        eventCount: notifications.eventCount,
        number: videoSessions.number,
        category: statuses.category,
      })
      .from(notifications)
      .innerJoin(videoSessions, eq(videoSessions.id, notifications.subjectId))
      .innerJoin(statuses, eq(statuses.id, videoSessions.statusId))
      .where(mine)
      .orderBy(desc(notifications.updatedAt), desc(notifications.id))
      .limit(limit),
    db.select({ n: sql<number>`count(*)::int` }).from(
      db
        .select({ id: notifications.id })
        .from(notifications)
        .innerJoin(videoSessions, eq(videoSessions.id, notifications.subjectId))
        .where(and(mine, isNull(notifications.readAt)))
        .limit(unreadCap + 1)
        .as("unread"),
    ),
  ]);
  const t = translator(actor.locale);
  const base = actor.role === "code_user" ? "/portal/sessions" : "/sessions";
  return {
    unread: unread?.n ?? 0,
    items: rows.map((row) => {
      const kind = isKind(row.kind) ? row.kind : "session_confirmed";
      const finished = row.category === "closed" || row.category === "done";
      return {
        id: row.id,
        text: t.msg(msg(KEYS[kind], { number: row.number })),
        link: `${base}/${row.number}`,
        read: row.readAt !== null,
        at: row.updatedAt.toISOString(),
        count: row.eventCount,
        state: row.category === "cancelled" ? "withdrawn" : finished ? "done" : "active",
        needsAnswer: false,
      };
    }),
  };
}
