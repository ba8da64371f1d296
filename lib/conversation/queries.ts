import { and, desc, eq, gt, lt, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import {
  statuses,
  ticketAssignees,
  ticketMessageReads,
  ticketMessages,
  tickets,
  users,
  videoSessions,
} from "@/db/schema";
import { type AttachmentItem, attachmentsOf } from "../attachments/queries";
import type { Actor, Ctx } from "../context";
import { visibleTicketsWhere } from "../tickets/ticket-access";
import type { TicketCategory } from "../workflow/ticket-categories";
import { messagingRefusal, sideOf } from "../workflow/ticket-messaging";
import type { ConversationSide, MessageKind } from "./message-kinds";
import { type MessageParagraphs, parseMessage } from "./message-markdown";

export const MESSAGE_PAGE_SIZE = 20;

export type MessageItem = {
  id: number;
  kind: MessageKind;
  paragraphs: MessageParagraphs;
  authorName: string;
  side: ConversationSide;
  mine: boolean;
  at: string;
  videoSessionNumber: number | null;
  attachments: AttachmentItem[];
};

export type Conversation = {
  ticketId: string;
  /** Oldest first within the page; the page is the newest MESSAGE_PAGE_SIZE before `before`. */
  messages: MessageItem[];
  /** Pass as `before` for the page of older messages; null when this page reaches the first one. */
  olderBefore: number | null;
  /** Messages from the other side this reader has not seen yet. */
  unread: number;
  /** The furthest message the other side has read: "Seen" goes on the reader's last one up to it. */
  seenUpTo: number | null;
  /** Whether this reader may write (workflow.md 2.3): no box where one may not. */
  mayWrite: boolean;
};

const draftStatusId = sql`(select s.id from ${statuses} s where s.kind = 'ticket' and s.system_key = 'draft')`;

/** The ticket if the actor may see it, with what deciding "may write" needs. */
export async function findConversationTicket(
  db: Db | Tx,
  actor: Actor,
  where: { number: number } | { id: string },
) {
  const [row] = await db
    .select({
      id: tickets.id,
      number: tickets.number,
      version: tickets.version,
      visibility: tickets.visibility,
      creatorId: tickets.creatorId,
      assetId: tickets.assetId,
      category: statuses.category,
      assigneeIds: sql<
        string[]
      >`(select coalesce(array_agg(a.user_id), '{}') from ${ticketAssignees} a where a.ticket_id = ${tickets.id})`,
    })
    .from(tickets)
    .innerJoin(statuses, eq(statuses.id, tickets.statusId))
    .where(
      and(
        "number" in where ? eq(tickets.number, where.number) : eq(tickets.id, where.id),
        visibleTicketsWhere(actor, draftStatusId),
      ),
    )
    .limit(1);
  return row ? { ...row, category: row.category as TicketCategory } : null;
}

/** A page of a ticket's messages as this actor may read them, or null when the ticket is not theirs to see. */
export async function listTicketMessages(
  { actor, db }: Ctx,
  number: number,
  options: { before?: number } = {},
): Promise<Conversation | null> {
  const ticket = await findConversationTicket(db, actor, { number });
  if (!ticket) return null;
  const mySide = sideOf(actor.role);
  const customerAuthor = sql`${users.role} = 'code_user'`;
  const [rows, [reads]] = await Promise.all([
    db
      .select({
        id: ticketMessages.id,
        kind: ticketMessages.kind,
        body: ticketMessages.body,
        authorId: ticketMessages.authorId,
        authorName: users.name,
        authorRole: users.role,
        at: ticketMessages.createdAt,
        // A customer sees the link only to a session they may see: public ones of their ticket.
        videoSessionNumber:
          actor.role === "code_user"
            ? sql<
                number | null
              >`case when ${videoSessions.visibility} = 'public' then ${videoSessions.number} end`
            : videoSessions.number,
      })
      .from(ticketMessages)
      .innerJoin(users, eq(users.id, ticketMessages.authorId))
      .leftJoin(videoSessions, eq(videoSessions.id, ticketMessages.videoSessionId))
      .where(
        and(
          eq(ticketMessages.ticketId, ticket.id),
          options.before ? lt(ticketMessages.id, options.before) : undefined,
        ),
      )
      .orderBy(desc(ticketMessages.id))
      .limit(MESSAGE_PAGE_SIZE + 1),
    db
      .select({
        mine: sql<
          number | null
        >`max(${ticketMessageReads.lastReadId}) filter (where ${ticketMessageReads.userId} = ${actor.id})`,
        otherSide: sql<
          number | null
        >`max(${ticketMessageReads.lastReadId}) filter (where ${mySide === "customer" ? sql`not ${customerAuthor}` : customerAuthor})`,
      })
      .from(ticketMessageReads)
      .innerJoin(users, eq(users.id, ticketMessageReads.userId))
      .where(eq(ticketMessageReads.ticketId, ticket.id)),
  ]);
  const lastRead = reads?.mine === null || reads?.mine === undefined ? 0 : Number(reads.mine);
  const [{ unread }] = (await db
    .select({ unread: sql<number>`count(*)::int` })
    .from(ticketMessages)
    .innerJoin(users, eq(users.id, ticketMessages.authorId))
    .where(
      and(
        eq(ticketMessages.ticketId, ticket.id),
        gt(ticketMessages.id, lastRead),
        ne(ticketMessages.authorId, actor.id),
        mySide === "customer" ? sql`not ${customerAuthor}` : customerAuthor,
      ),
    )) as [{ unread: number }];
  const more = rows.length > MESSAGE_PAGE_SIZE;
  const page = (more ? rows.slice(0, MESSAGE_PAGE_SIZE) : rows).reverse();
  const files = await attachmentsOf(db, { messageIds: page.map((m) => m.id) });
  return {
    ticketId: ticket.id,
    messages: page.map((m) => ({
      id: m.id,
      kind: m.kind,
      paragraphs: parseMessage(m.body),
      authorName: m.authorName,
      side: sideOf(m.authorRole),
      mine: m.authorId === actor.id,
      at: m.at.toISOString(),
      videoSessionNumber: m.videoSessionNumber,
      attachments: files.get(String(m.id)) ?? [],
    })),
    olderBefore: more ? page[0]!.id : null,
    unread,
    seenUpTo: reads?.otherSide === null || reads?.otherSide === undefined ? null : Number(reads.otherSide),
    mayWrite:
      messagingRefusal(
        { id: actor.id, role: actor.role },
        {
          creatorId: ticket.creatorId,
          assigneeIds: ticket.assigneeIds,
          status: { category: ticket.category },
        },
      ) === null,
  };
}
