import { and, eq, sql } from "drizzle-orm";
import {
  callParticipants,
  videoSessionEvents,
  videoSessionRatings,
  videoSessionResponsibles,
  videoSessions,
  videoSessionTickets,
} from "@/db/schema";
import { type KindWriter, serializeStatusChange } from "../work-items/apply-work-item-events";
import type { SessionEventDraft } from "../workflow/session-engine";
import type { SessionCategory } from "../workflow/session-workflow";

function eventRow(
  sessionId: string,
  actorId: string | null,
  event: SessionEventDraft,
): typeof videoSessionEvents.$inferInsert {
  const base = { sessionId, actorId, type: event.type };
  switch (event.type) {
    case "created":
      return { ...base, toStatusId: event.status.id, data: { category: event.status.category } };
    case "status_changed":
      return {
        ...base,
        fromStatusId: event.from.id,
        toStatusId: event.to.id,
        data: { reason: event.reason, fromCategory: event.from.category, toCategory: event.to.category },
      };
    case "responsible_added":
      return { ...base, data: { userId: event.userId } };
    case "rated":
      return { ...base, data: { stars: event.stars, comment: event.comment } };
    case "ticket_linked":
    case "ticket_unlinked":
      return { ...base, data: { ticketId: event.ticketId, number: event.number } };
  }
}

/** Video sessions on the shared writer; the call's start and end are stamped with its status moves. */
export const sessionWriter: KindWriter<SessionCategory, SessionEventDraft> = {
  kind: "video_session",
  table: videoSessions,
  async apply(tx, session, actorId, event) {
    switch (event.type) {
      case "responsible_added":
        await tx
          .insert(videoSessionResponsibles)
          .values({ sessionId: session.id, userId: event.userId })
          .onConflictDoNothing();
        break;
      case "rated":
        await tx
          .insert(videoSessionRatings)
          .values({ sessionId: session.id, userId: actorId!, stars: event.stars, comment: event.comment })
          .onConflictDoUpdate({
            target: videoSessionRatings.sessionId,
            set: { userId: actorId!, stars: event.stars, comment: event.comment, createdAt: sql`now()` },
          });
        break;
      case "ticket_linked":
        await tx
          .insert(videoSessionTickets)
          .values({ sessionId: session.id, ticketId: event.ticketId })
          .onConflictDoNothing();
        break;
      case "ticket_unlinked":
        await tx
          .delete(videoSessionTickets)
          .where(
            and(
              eq(videoSessionTickets.sessionId, session.id),
              eq(videoSessionTickets.ticketId, event.ticketId),
            ),
          );
        break;
      case "status_changed":
        if (event.reason === "call_started") {
          await tx
            .update(videoSessions)
            .set({ callStartedAt: sql`now()`, callEndedAt: null })
            .where(eq(videoSessions.id, session.id));
          break;
        }
        if (event.from.category === "in_progress") {
          await tx
            .update(videoSessions)
            .set({ callEndedAt: sql`now()` })
            .where(eq(videoSessions.id, session.id));
        }
        // Any other move ends whatever call there was: nobody's old row may start or end the next one.
        await tx
          .update(callParticipants)
          .set({ leftAt: sql`coalesce(${callParticipants.leftAt}, now())`, mediaUpAt: null })
          .where(eq(callParticipants.sessionId, session.id));
        break;
      case "created":
        break;
    }
  },
  insertEvents(tx, session, actorId, events) {
    return tx
      .insert(videoSessionEvents)
      .values(events.map((event) => eventRow(session.id, actorId, event)))
      .returning({ id: videoSessionEvents.id });
  },
  serialize: (event) => (event.type === "status_changed" ? serializeStatusChange(event) : { ...event }),
};
