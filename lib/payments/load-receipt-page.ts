import "server-only";
import { notFound } from "next/navigation";
import { requireActor } from "../auth/get-actor";
import { getDb } from "../server/db";
import { parseTicketNumber } from "../tickets/ticket-number";
import { getReceipt, parseReceiptNumber } from "./queries";

/** For receipt pages: the receipt this actor may see, or the 404 page. */
export async function loadReceiptPage(raw: { number: string; receipt: string }) {
  const actor = await requireActor();
  const ticketNumber = parseTicketNumber(raw.number);
  const receiptNumber = parseReceiptNumber(raw.receipt);
  if (ticketNumber === null || receiptNumber === null) notFound();
  const receipt = await getReceipt({ actor, db: await getDb() }, ticketNumber, receiptNumber);
  if (!receipt) notFound();
  return { actor, receipt };
}
