"use client";

import { useQuery } from "@tanstack/react-query";
import { format } from "date-fns";
import { useState } from "react";
import {
  acceptOfferAction,
  changeStatusAction,
  declineOfferAction,
  setAmountAction,
  setAssigneesAction,
  withdrawOfferAction,
} from "@/app/actions/tickets";
import { formatMoney } from "@/lib/money";
import { ticketKeys } from "@/lib/tickets/query-keys";
import { formatTicketNumber, type StaffTicketDetail, type StatusOption } from "@/lib/tickets/types";
import { StatusBar } from "../status-bar/status-bar";
import { Badge, StatusBadge } from "../ui/badge";
import { Button } from "../ui/button";
import { Card, CardTitle } from "../ui/card";
import { AmountDialog } from "./amount-dialog";
import { AssignDialog } from "./assign-dialog";
import { ChangeStatusMenu } from "./change-status-menu";
import { HistoryList } from "./history-list";
import { PaymentDialog } from "./payment-dialog";
import { PaymentsCard } from "./payments-card";
import { ProblemAlert } from "./problem-alert";
import { fetchTicket } from "./ticket-fetch";
import { useTicketCommand } from "./use-ticket-command";

export function StaffTicketView({ initial }: { initial: StaffTicketDetail }) {
  const { data } = useQuery({
    queryKey: ticketKeys.detail(initial.number),
    queryFn: () => fetchTicket(initial.number),
    initialData: initial,
  });
  const ticket = data.audience === "staff" ? data : initial;
  const { run, pending: pagePending, problem, reload, dismiss } = useTicketCommand(ticket.number);
  // A modal dialog makes the page behind it inert, so a save from one shows its problem in it.
  const dialog = useTicketCommand(ticket.number);
  const pending = pagePending || dialog.pending;
  const runInDialog: typeof run = (call, success, close) =>
    dialog.run(call, success, () => {
      close?.();
      dismiss();
    });
  const ref = { ticketId: ticket.id, version: ticket.version };
  const [paymentFor, setPaymentFor] = useState<StatusOption | null>(null);
  const balanceCents = ticket.money?.balanceCents ?? ticket.amountCents ?? 0;

  return (
    <article className="space-y-5">
      <header className="space-y-1">
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <span className="font-mono font-medium text-slate-800">{formatTicketNumber(ticket.number)}</span>
          <Badge>{ticket.visibility === "internal" ? "Internal" : "Public"}</Badge>
          <StatusBadge
            name={ticket.status.name}
            color={ticket.status.color}
            archived={ticket.status.archived}
          />
        </p>
        <h1 className="text-2xl font-semibold text-slate-900">{ticket.title}</h1>
      </header>

      <StatusBar model={ticket.bar} />
      <ProblemAlert problem={problem} onReload={reload} />

      <div className="flex flex-wrap items-center gap-2">
        <ChangeStatusMenu
          options={ticket.transitions}
          disabled={pending}
          onChoose={(option) =>
            option.opensPayment
              ? setPaymentFor(option)
              : run(
                  () => changeStatusAction({ ...ref, statusId: option.id }),
                  `Status changed to ${option.name}`,
                )
          }
        />
        {paymentFor ? (
          <PaymentDialog
            key={`${paymentFor.id}-${ticket.version}`}
            open
            statusName={paymentFor.name}
            balanceCents={balanceCents}
            disabled={pending}
            problem={dialog.problem}
            onReload={dialog.reload}
            onOpenChange={(open) => {
              if (open) return;
              setPaymentFor(null);
              dialog.dismiss();
            }}
            onConfirm={(payment) =>
              runInDialog(
                () => changeStatusAction({ ...ref, statusId: paymentFor.id, payment }),
                `Payment recorded; status changed to ${paymentFor.name}`,
                () => setPaymentFor(null),
              )
            }
          />
        ) : null}
        {ticket.myPendingOffer ? (
          <>
            <Button
              variant="primary"
              disabled={pending}
              onClick={() => run(() => acceptOfferAction({ ticketId: ticket.id }), "Offer accepted")}
            >
              Accept offer
            </Button>
            <Button
              variant="outline"
              disabled={pending}
              onClick={() => run(() => declineOfferAction({ ticketId: ticket.id }), "Offer declined")}
            >
              Decline offer
            </Button>
          </>
        ) : null}
        {ticket.canAssign && ticket.status.category !== "cancelled" && ticket.status.category !== "draft" ? (
          <AssignDialog
            employees={ticket.employees}
            assigned={ticket.assignees.map((a) => a.id)}
            disabled={pending}
            problem={dialog.problem}
            onReload={dialog.reload}
            onOpenChange={dialog.dismiss}
            onSave={(userIds, close) =>
              runInDialog(() => setAssigneesAction({ ...ref, userIds }), "Assignees saved", close)
            }
          />
        ) : null}
      </div>

      <div className="grid gap-5 lg:grid-cols-3">
        <div className="space-y-5 lg:col-span-2">
          <Card aria-labelledby="description-heading">
            <CardTitle id="description-heading">Description</CardTitle>
            <p className="whitespace-pre-wrap text-sm text-slate-800">
              {ticket.description || "No description."}
            </p>
          </Card>
          <Card aria-labelledby="history-heading">
            <CardTitle id="history-heading">History</CardTitle>
            <HistoryList items={ticket.history} />
          </Card>
        </div>
        <div className="space-y-5">
          <Card aria-labelledby="details-heading">
            <CardTitle id="details-heading">Details</CardTitle>
            <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-slate-500">Created by</dt>
              <dd>
                {ticket.creator.name}
                {ticket.creator.isCustomer ? " (customer)" : ""}
              </dd>
              <dt className="text-slate-500">Created</dt>
              <dd>{format(new Date(ticket.createdAt), "d MMM yyyy, HH:mm")}</dd>
              <dt className="text-slate-500">Asset</dt>
              <dd>{ticket.asset?.name ?? "None"}</dd>
              <dt className="text-slate-500">Amount</dt>
              <dd className="flex items-center gap-2">
                {ticket.amountCents === null ? "Not set" : formatMoney(ticket.amountCents)}
                {ticket.canSetAmount ? (
                  <AmountDialog
                    amountCents={ticket.amountCents}
                    disabled={pending}
                    problem={dialog.problem}
                    onReload={dialog.reload}
                    onOpenChange={dialog.dismiss}
                    onSave={(amountCents, close) =>
                      runInDialog(() => setAmountAction({ ...ref, amountCents }), "Amount saved", close)
                    }
                  />
                ) : null}
              </dd>
              <dt className="text-slate-500">Assignees</dt>
              <dd>
                {ticket.assignees.length ? ticket.assignees.map((a) => a.name).join(", ") : "Nobody yet"}
              </dd>
              {ticket.rating ? (
                <>
                  <dt className="text-slate-500">Rating</dt>
                  <dd>
                    {ticket.rating.stars} of 5{ticket.rating.comment ? ` — “${ticket.rating.comment}”` : ""}
                  </dd>
                </>
              ) : null}
            </dl>
          </Card>
          {ticket.money ? <PaymentsCard money={ticket.money} number={ticket.number} /> : null}
          {ticket.offers.length > 0 ? (
            <Card aria-labelledby="offers-heading">
              <CardTitle id="offers-heading">Offers</CardTitle>
              <ul aria-label="Offers" className="space-y-2 text-sm">
                {ticket.offers.map((offer) => (
                  <li key={offer.userId} className="flex items-center justify-between gap-2">
                    <span>
                      {offer.name} <span className="text-slate-500">· {offer.state}</span>
                    </span>
                    {ticket.canAssign && offer.state === "pending" ? (
                      <Button
                        variant="ghost"
                        size="sm"
                        disabled={pending}
                        aria-label={`Withdraw offer to ${offer.name}`}
                        onClick={() =>
                          run(() => withdrawOfferAction({ ...ref, userId: offer.userId }), "Offer withdrawn")
                        }
                      >
                        Withdraw
                      </Button>
                    ) : null}
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </div>
      </div>
    </article>
  );
}
