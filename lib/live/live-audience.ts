import { eq } from "drizzle-orm";
import { assetMembers } from "@/db/schema";
import { loadActor } from "../auth/load-actor";
import type { Actor, Ctx } from "../context";
import type { LiveMessage } from "../work-items/live-message";

/** How often an open stream re-reads its viewer: a disabled or demoted user stops hearing within this. */
export const LIVE_REFRESH_MS = 60_000;

export type LiveStreamState = "open" | "closed";

/**
 * What one open stream may hear, re-checked by refresh(). Once closed it stays closed: the client
 * reconnects and is authorized afresh (or refused) by the route.
 */
export type LiveAudience = {
  mayHear(message: LiveMessage): boolean;
  hearsNotification(userIds: readonly string[]): boolean;
  refresh(): Promise<LiveStreamState>;
};

/**
 * A stream stays open only for the user it was opened for, still active, in the same role and session
 * (no password change or "Sign out everywhere" since): a stream
 * must not outlive the access its connect-time check granted.
 */
export function liveStreamState(connected: Actor, current: Actor | null): LiveStreamState {
  if (!current || current.id !== connected.id || current.role !== connected.role) return "closed";
  if (connected.sessionVersion !== undefined && current.sessionVersion !== connected.sessionVersion) {
    return "closed";
  }
  return "open";
}

/**
 * A code user hears only of public tickets and sessions that are theirs or belong to their assets,
 * so not even an internal item's id reaches them, and never of a task; staff hear of every change.
 */
export function mayHearMessage(actor: Actor, assetIds: ReadonlySet<string>, message: LiveMessage): boolean {
  if (actor.role !== "code_user") return true;
  switch (message.kind) {
    case "task":
      return false;
    case "ticket":
    case "video_session":
      break;
  }
  if (message.visibility !== "public") return false;
  if (message.creatorId === actor.id) return true;
  return message.assetId !== null && assetIds.has(message.assetId);
}

export async function createLiveAudience(ctx: Ctx): Promise<LiveAudience> {
  const { actor, db } = ctx;
  const loadAssets = async (): Promise<ReadonlySet<string>> => {
    if (actor.role !== "code_user") return new Set();
    const rows = await db
      .select({ id: assetMembers.assetId })
      .from(assetMembers)
      .where(eq(assetMembers.userId, actor.id));
    return new Set(rows.map((r) => r.id));
  };
  let assets = await loadAssets();
  let state: LiveStreamState = "open";
  let pending: Promise<LiveStreamState> | null = null;

  const reload = async (): Promise<LiveStreamState> => {
    try {
      const decided = liveStreamState(actor, await loadActor(db, actor.id, actor.sessionVersion));
      if (decided === "open") assets = await loadAssets();
      else state = "closed";
    } catch (error) {
      // Fail closed: a stream whose viewer cannot be re-checked stops; the client reconnects.
      state = "closed";
      throw error;
    }
    return state;
  };

  return {
    mayHear: (message) => state === "open" && mayHearMessage(actor, assets, message),
    hearsNotification: (userIds) => state === "open" && userIds.includes(actor.id),
    refresh() {
      if (state === "closed") return Promise.resolve(state);
      // One re-read at a time, however often a timer fires while the database is slow.
      pending ??= reload().finally(() => {
        pending = null;
      });
      return pending;
    },
  };
}
