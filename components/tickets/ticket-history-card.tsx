import type { HistoryItem } from "@/lib/tickets/types";
import { UpdateForm } from "../conversation/update-form";
import { Card, CardTitle } from "../ui/card";
import { HistoryList } from "./history-list";

/** The ticket's History with its "Add update" form, for employees (internal allowed) and customers. */
export function TicketHistoryCard({
  ticket,
  label,
  mayMarkInternal,
}: {
  ticket: { id: string; number: number; mayUpdate: boolean; history: HistoryItem[] };
  label: string;
  mayMarkInternal: boolean;
}) {
  return (
    <Card aria-labelledby="history-heading">
      <CardTitle id="history-heading">{label}</CardTitle>
      {ticket.mayUpdate ? (
        <UpdateForm ticketId={ticket.id} number={ticket.number} mayMarkInternal={mayMarkInternal} />
      ) : null}
      <HistoryList items={ticket.history} label={label} />
    </Card>
  );
}
