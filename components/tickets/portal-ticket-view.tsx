"use client";

import { useQuery } from "@tanstack/react-query";
import { format } from "date-fns";
import { useState } from "react";
import {
  cancelTicketAction,
  confirmResolutionAction,
  rateTicketAction,
  reopenTicketAction,
} from "@/app/actions/tickets";
import { ticketKeys } from "@/lib/tickets/query-keys";
import { formatTicketNumber, type PortalTicketDetail } from "@/lib/tickets/types";
import { StatusBar } from "../status-bar/status-bar";
import { Button } from "../ui/button";
import { Card, CardTitle } from "../ui/card";
import { Label, Textarea } from "../ui/form-controls";
import { RadioGroup, RadioGroupItem } from "../ui/radio-group";
import { HistoryList } from "./history-list";
import { ProblemAlert } from "./problem-alert";
import { fetchTicket } from "./ticket-fetch";
import { useTicketCommand } from "./use-ticket-command";

export function PortalTicketView({ initial }: { initial: PortalTicketDetail }) {
  const { data } = useQuery({
    queryKey: ticketKeys.detail(initial.number),
    queryFn: () => fetchTicket(initial.number),
    initialData: initial,
  });
  const ticket = data.audience === "customer" ? data : initial;
  const { run, pending, problem, reload } = useTicketCommand(ticket.number);
  const ref = { ticketId: ticket.id, version: ticket.version };
  const { actions } = ticket;

  return (
    <article className="space-y-5">
      <header className="space-y-1">
        <p className="font-mono text-sm font-medium text-slate-700">{formatTicketNumber(ticket.number)}</p>
        <h1 className="text-2xl font-semibold text-slate-900">{ticket.title}</h1>
      </header>
      <StatusBar model={ticket.bar} />
      <ProblemAlert problem={problem} onReload={reload} />

      {actions.rate ? (
        <RatingForm
          disabled={pending}
          onSubmit={(stars, comment) =>
            run(() => rateTicketAction({ ...ref, stars, comment }), "Thank you for your rating")
          }
        />
      ) : null}
      {actions.confirm || actions.reopen || actions.cancel ? (
        <div className="flex flex-wrap gap-2">
          {actions.confirm ? (
            <Button
              variant="primary"
              disabled={pending}
              onClick={() => run(() => confirmResolutionAction(ref), "Ticket closed. Thank you!")}
            >
              Issue resolved
            </Button>
          ) : null}
          {actions.reopen ? (
            <Button
              variant="outline"
              disabled={pending}
              onClick={() => run(() => reopenTicketAction(ref), "Ticket reopened")}
            >
              Reopen
            </Button>
          ) : null}
          {actions.cancel ? (
            <Button
              variant="destructive"
              disabled={pending}
              onClick={() => run(() => cancelTicketAction(ref), "Ticket cancelled")}
            >
              Cancel ticket
            </Button>
          ) : null}
        </div>
      ) : null}

      <div className="grid gap-5 md:grid-cols-3">
        <div className="space-y-5 md:col-span-2">
          <Card aria-labelledby="description-heading">
            <CardTitle id="description-heading">Description</CardTitle>
            <p className="whitespace-pre-wrap text-sm">{ticket.description || "No description."}</p>
          </Card>
          <Card aria-labelledby="history-heading">
            <CardTitle id="history-heading">History</CardTitle>
            <HistoryList items={ticket.history} />
          </Card>
        </div>
        <Card aria-labelledby="details-heading">
          <CardTitle id="details-heading">Details</CardTitle>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="text-slate-500">Status</dt>
            <dd>{ticket.step}</dd>
            <dt className="text-slate-500">Created</dt>
            <dd>{format(new Date(ticket.createdAt), "d MMM yyyy, HH:mm")}</dd>
            <dt className="text-slate-500">Asset</dt>
            <dd>{ticket.asset?.name ?? "None"}</dd>
            <dt className="text-slate-500">Handled by</dt>
            <dd>{ticket.assignees.length ? ticket.assignees.join(", ") : "Not assigned yet"}</dd>
            {ticket.rating ? (
              <>
                <dt className="text-slate-500">{ticket.mine ? "Your rating" : "Rating"}</dt>
                <dd>{ticket.rating.stars} of 5</dd>
              </>
            ) : null}
          </dl>
          {!ticket.mine ? (
            <p className="mt-3 text-xs text-slate-500">Opened by another customer of this asset.</p>
          ) : null}
        </Card>
      </div>
    </article>
  );
}

function RatingForm({
  disabled,
  onSubmit,
}: {
  disabled: boolean;
  onSubmit: (stars: number, comment: string) => void;
}) {
  const [stars, setStars] = useState<string>("");
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState(false);
  return (
    <Card aria-labelledby="rate-heading">
      <CardTitle id="rate-heading">How did we do?</CardTitle>
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          if (!stars) return setMissing(true);
          onSubmit(Number(stars), comment);
        }}
      >
        <RadioGroup
          aria-label="Rating"
          value={stars}
          onValueChange={(value) => {
            setStars(value);
            setMissing(false);
          }}
          aria-describedby={missing ? "rating-error" : undefined}
        >
          {["1", "2", "3", "4", "5"].map((value) => (
            <div key={value} className="flex items-center gap-1.5">
              <RadioGroupItem id={`rating-${value}`} value={value} aria-label={value} />
              <label htmlFor={`rating-${value}`} className="text-sm">
                {value} ★
              </label>
            </div>
          ))}
        </RadioGroup>
        {missing ? (
          <p id="rating-error" className="text-sm text-red-700">
            Choose 1 to 5 stars.
          </p>
        ) : null}
        <div className="space-y-1">
          <Label htmlFor="rating-comment">Comment</Label>
          <Textarea
            id="rating-comment"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            maxLength={2000}
          />
        </div>
        <Button type="submit" variant="primary" disabled={disabled}>
          Submit rating
        </Button>
      </form>
    </Card>
  );
}
