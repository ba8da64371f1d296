import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PortalTicketView } from "@/components/tickets/portal-ticket-view";
import { loadTicketPage } from "@/lib/tickets/load-ticket-page";
import { ticketPageTitle } from "@/lib/tickets/ticket-number";

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: ticketPageTitle((await params).number) };
}

export default async function PortalTicketPage({ params }: Props) {
  const { ticket, conversation } = await loadTicketPage((await params).number);
  if (ticket.audience !== "customer") redirect(`/tickets/${ticket.number}`);
  return <PortalTicketView initial={ticket} conversation={conversation} />;
}
