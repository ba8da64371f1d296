import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type DigestItem, statuses, tasks, ticketMessages, tickets, users, videoSessions } from "@/db/schema";
import type { Msg } from "../i18n/msg";
import { msg } from "../i18n/msg";
import type { Translator } from "../i18n/translate";
import { statusName } from "../statuses/localize-statuses";
import type { Role } from "../workflow/roles";
import { formatItemNumber, type WorkItemKind } from "../workflow/work-item-kinds";

export type DigestContent = {
  /** Contains the item's number (T-…, V-…, K-…). */
  subject: string;
  /** One per event told of, oldest first. */
  lines: string[];
  /** Where the recipient opens the item, relative to the app's URL. */
  path: string;
};

type Digest = { subjectKind: WorkItemKind; subjectId: string; items: DigestItem[]; eventCount: number };
type Reader = { id: string; role: Role };

type Subject = { number: number; title: string; path: string; status?: string };

/**
 * The words of a digest in the reader's language, from the item as it is now; null when the
 * reader may no longer see the item (a customer's ticket made internal, say).
 */
export async function loadDigestContent(
  db: Db,
  digest: Digest,
  reader: Reader,
  t: Translator,
): Promise<DigestContent | null> {
  const subject = await loadSubject(db, digest, reader, t);
  if (!subject) return null;
  // Events join in the order their outbox rows ran; they are told in the order they happened.
  const items = [...digest.items].sort((a, b) => a.eventId - b.eventId);
  const actorIds = [...new Set(items.map((i) => i.actorId).filter((id): id is string => !!id))];
  const names = new Map(
    actorIds.length === 0
      ? []
      : (
          await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, actorIds))
        ).map((u) => [u.id, u.name]),
  );
  const words = digest.subjectKind === "ticket" ? await messageWords(db, digest.subjectId, items) : new Map();
  const lines: string[] = [];
  for (const item of items) {
    const name = (item.actorId && names.get(item.actorId)) || t.t("notifications.email.someone");
    const body = item.messageId === undefined ? undefined : words.get(item.messageId);
    const line =
      item.kind === "message" && digest.subjectKind === "ticket"
        ? body
          ? t.t("notifications.email.messageLine", { name, body })
          : t.t("notifications.email.messageWithoutText", { name })
        : t.msg(lineOf(digest.subjectKind, item, subject));
    // A repeated change (assigned, then assigned again) is told once.
    if (item.kind === "message" || !lines.includes(line)) lines.push(line);
  }
  const untold = digest.eventCount - items.length;
  if (untold > 0) lines.push(t.t("notifications.email.moreEvents", { count: untold }));

  // Every subject names the item's number: messages are counted, other changes told by the last one.
  const messages = items.filter((i) => i.kind === "message").length;
  const others = items.length - messages;
  const untoldMessages = others === 0 ? untold : 0;
  const lastChange = [...items].reverse().find((i) => i.kind !== "message");
  const headline =
    messages > 0
      ? t.t("notifications.email.messagesSubject", {
          count: messages + untoldMessages,
          number: formatItemNumber(digest.subjectKind, subject.number),
          title: subject.title,
        })
      : t.msg(lineOf(digest.subjectKind, lastChange ?? items[0]!, subject));
  const more = digest.eventCount - (messages > 0 ? messages + untoldMessages : 1);
  const subjectLine =
    more > 0 ? t.t("notifications.email.subjectMore", { text: headline, count: more }) : headline;
  return { subject: subjectLine, lines, path: subject.path };
}

const MAX_WORDS = 2000;

/** The words of the digest's messages, by message id: read when sent, as the outbox never carries them. */
async function messageWords(
  db: Db,
  ticketId: string,
  items: readonly DigestItem[],
): Promise<Map<number, string>> {
  const ids = items.map((i) => i.messageId).filter((id): id is number => typeof id === "number");
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: ticketMessages.id, body: ticketMessages.body })
    .from(ticketMessages)
    .where(and(eq(ticketMessages.ticketId, ticketId), inArray(ticketMessages.id, ids)));
  return new Map(
    rows.map((r) => [r.id, r.body.length > MAX_WORDS ? `${r.body.slice(0, MAX_WORDS)}…` : r.body]),
  );
}

function lineOf(kind: WorkItemKind, item: DigestItem, s: Subject): Msg {
  const ref = { number: s.number, title: s.title };
  switch (kind) {
    case "task":
      return msg("notifications.staff.taskAssigned", ref);
    case "video_session":
      switch (item.kind) {
        case "session_requested":
          return msg("notifications.session.requested", ref);
        case "session_set_up":
          return msg("notifications.session.setUp", ref);
        case "session_cancelled":
          return msg("notifications.session.cancelled", ref);
        default:
          return msg("notifications.session.confirmed", ref);
      }
    case "ticket":
      switch (item.kind) {
        case "offer":
          return msg("notifications.staff.offer", ref);
        case "assigned":
          return msg("notifications.staff.assigned", ref);
        case "reopened":
          return msg("notifications.staff.reopened", ref);
        case "confirmed":
          return msg("notifications.staff.confirmed", ref);
        case "rated":
          if (Number.isInteger(item.data?.stars))
            return msg("notifications.staff.rated", { ...ref, stars: Number(item.data?.stars) });
          return msg("notifications.staff.status", { ...ref, status: s.status ?? "" });
        case "message":
          return msg("notifications.staff.message", ref);
        default:
          return msg("notifications.staff.status", { ...ref, status: s.status ?? "" });
      }
  }
}

async function loadSubject(db: Db, digest: Digest, reader: Reader, t: Translator): Promise<Subject | null> {
  const customer = reader.role === "code_user";
  switch (digest.subjectKind) {
    case "ticket": {
      const [row] = await db
        .select({
          number: tickets.number,
          title: tickets.title,
          visibility: tickets.visibility,
          creatorId: tickets.creatorId,
          statusName: statuses.name,
          systemKey: statuses.systemKey,
        })
        .from(tickets)
        .innerJoin(statuses, eq(statuses.id, tickets.statusId))
        .where(eq(tickets.id, digest.subjectId));
      if (!row) return null;
      if (customer && (row.visibility !== "public" || row.creatorId !== reader.id)) return null;
      return {
        number: row.number,
        title: row.title,
        path: `${customer ? "/portal/tickets" : "/tickets"}/${row.number}`,
        status: statusName({ name: row.statusName, systemKey: row.systemKey }, t),
      };
    }
    case "video_session": {
      const [row] = await db
        .select({ number: videoSessions.number, reason: videoSessions.reason })
        .from(videoSessions)
        .where(eq(videoSessions.id, digest.subjectId));
      if (!row || customer) return null;
      return { number: row.number, title: row.reason, path: `/sessions/${row.number}` };
    }
    case "task": {
      const [row] = await db
        .select({ number: tasks.number, title: tasks.title })
        .from(tasks)
        .where(eq(tasks.id, digest.subjectId));
      if (!row || customer) return null;
      return { number: row.number, title: row.title, path: `/tasks/${row.number}` };
    }
  }
}
