import { eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { users, videoSessionRecipients, videoSessionResponsibles } from "@/db/schema";
import type { SessionEventPayload, SessionFacts } from "./plan-session-notifications";

/** Who is on each side of a session, as its notifications need to know. */
export async function loadSessionFacts(db: Db | Tx, payload: SessionEventPayload): Promise<SessionFacts> {
  const [recipients, responsibles, actor] = await Promise.all([
    db
      .select({ id: videoSessionRecipients.userId })
      .from(videoSessionRecipients)
      .where(eq(videoSessionRecipients.sessionId, payload.itemId)),
    db
      .select({ id: videoSessionResponsibles.userId })
      .from(videoSessionResponsibles)
      .where(eq(videoSessionResponsibles.sessionId, payload.itemId)),
    payload.actorId ? db.select({ role: users.role }).from(users).where(eq(users.id, payload.actorId)) : [],
  ]);
  return {
    actorRole: actor[0]?.role ?? "sys",
    recipientIds: recipients.map((r) => r.id),
    responsibleIds: responsibles.map((r) => r.id),
  };
}
