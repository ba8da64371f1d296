import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { videoSessionEvents, videoSessions } from "@/db/schema";
import { loadSessionStatuses } from "@/lib/statuses/load-kind-statuses";
import type { SessionCategory } from "@/lib/workflow/session-workflow";

export async function sessionRow(db: Db, sessionId: string) {
  const [row] = await db.select().from(videoSessions).where(eq(videoSessions.id, sessionId));
  if (!row) throw new Error(`no session ${sessionId}`);
  return row;
}

export async function sessionCategory(db: Db, sessionId: string): Promise<SessionCategory> {
  const row = await sessionRow(db, sessionId);
  return (await loadSessionStatuses(db)).find((s) => s.id === row.statusId)!.category;
}

export async function sessionEvents(db: Db, sessionId: string) {
  return db
    .select()
    .from(videoSessionEvents)
    .where(eq(videoSessionEvents.sessionId, sessionId))
    .orderBy(asc(videoSessionEvents.id));
}
