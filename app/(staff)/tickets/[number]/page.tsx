import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { StaffTicketView } from "@/components/tickets/staff-ticket-view";
import { loadTicketPage } from "@/lib/tickets/load-ticket-page";
import { ticketPageTitle } from "@/lib/tickets/ticket-number";

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: ticketPageTitle((await params).number) };
}

export default async function TicketPage({ params }: Props) {
  const { ticket, conversation } = await loadTicketPage((await params).number);
  if (ticket.audience !== "staff") redirect(`/portal/tickets/${ticket.number}`);
  return <StaffTicketView initial={ticket} conversation={conversation} />;
}
