import "server-only";
import { notFound } from "next/navigation";
import { requireActor } from "../auth/get-actor";
import { listTicketMessages } from "../conversation/queries";
import { getDb } from "../server/db";
import { getTicketDetail } from "./get-ticket-detail";
import { parseTicketNumber } from "./ticket-number";

/**
 * For detail pages: the ticket and the newest page of its messenger as this actor may see them, or
 * the 404 page (never a crash or a leak).
 */
export async function loadTicketPage(rawNumber: string) {
  const actor = await requireActor();
  const number = parseTicketNumber(rawNumber);
  if (number === null) notFound();
  const ctx = { actor, db: await getDb() };
  const [ticket, conversation] = await Promise.all([
    getTicketDetail(ctx, number),
    listTicketMessages(ctx, number),
  ]);
  if (!ticket || !conversation) notFound();
  return { ticket, conversation };
}
