import { and, eq } from "drizzle-orm";
import { ticketViews } from "@/db/schema";
import type { Ctx } from "../context";
import { notFound } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { ticketViewRefSchema } from "./schemas";

/** Deletes one of the actor's own views; another person's view is "not found". */
export async function deleteTicketView({ actor, db }: Ctx, raw: { viewId: string }): Promise<{ id: string }> {
  const input = parseInput(ticketViewRefSchema, raw);
  const [row] = await db
    .delete(ticketViews)
    .where(and(eq(ticketViews.id, input.viewId), eq(ticketViews.userId, actor.id)))
    .returning({ id: ticketViews.id });
  if (!row) throw notFound(msg("errors.notFound.view"));
  return row;
}
