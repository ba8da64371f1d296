import { and, eq } from "drizzle-orm";
import { assetMembers, tickets, users } from "@/db/schema";
import type { Ctx } from "../context";
import { invalid, notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { insertSession } from "./insert-session";
import type { SessionChangeResult } from "./run-session-command";
import { type CreateSessionInput, createSessionSchema } from "./schemas";

/** An employee sets up a session with a customer of an asset: confirmed at once, with them responsible. */
export async function createSession(ctx: Ctx, raw: CreateSessionInput): Promise<SessionChangeResult> {
  const { actor, db } = ctx;
  if (actor.role === "code_user") throw notFound(msg("errors.notFound.page"));
  const input = parseInput(createSessionSchema, raw);
  return db.transaction(async (tx) => {
    const [holder] = await tx
      .select({ id: assetMembers.userId })
      .from(assetMembers)
      .innerJoin(users, eq(users.id, assetMembers.userId))
      .where(
        and(
          eq(assetMembers.assetId, input.assetId),
          eq(assetMembers.userId, input.customerId),
          eq(users.active, true),
          eq(users.role, "code_user"),
        ),
      );
    if (!holder) {
      const reason = msg("errors.sessions.customerNotOnAsset");
      throw invalid(reason, { customerId: [reason] });
    }
    let ticket: { id: string; number: number } | null = null;
    if (input.ticketId) {
      const [found] = await tx
        .select({ id: tickets.id, number: tickets.number })
        .from(tickets)
        .where(eq(tickets.id, input.ticketId));
      if (!found) throw invalid(msg("errors.sessions.unknownTicket"));
      ticket = found;
    }
    return insertSession(tx, actor, {
      assetId: input.assetId,
      customerId: input.customerId,
      reason: input.reason,
      visibility: input.visibility,
      recipientIds: [],
      ticket,
    });
  });
}
