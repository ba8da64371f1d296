import "server-only";
import { notFound } from "next/navigation";
import { requireActor } from "../auth/get-actor";
import { getDb } from "../server/db";
import { getTicketDetail } from "./get-ticket-detail";
import { parseTicketNumber } from "./ticket-number";

/** For detail pages: the ticket as this actor may see it, or the 404 page (never a crash or a leak). */
export async function loadTicketPage(rawNumber: string) {
  const actor = await requireActor();
  const number = parseTicketNumber(rawNumber);
  if (number === null) notFound();
  const ticket = await getTicketDetail({ actor, db: await getDb() }, number);
  if (!ticket) notFound();
  return ticket;
}
