"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import {
  acceptOfferAction,
  changeStatusAction,
  declineOfferAction,
  setAmountAction,
  setAssigneesAction,
  withdrawOfferAction,
} from "@/app/actions/tickets";
import type { Conversation } from "@/lib/conversation/queries";
import { ticketKeys } from "@/lib/tickets/query-keys";
import { formatTicketNumber, type StaffTicketDetail, type StatusOption } from "@/lib/tickets/types";
import { Messenger } from "../conversation/messenger";
import { DraftNotice } from "../flows/draft-notice";
import { TicketAboutCard } from "../flows/ticket-about-card";
import { useShortcuts } from "../layout/use-shortcuts";
import { TicketSessionsCard } from "../sessions/ticket-sessions-card";
import { StatusBar } from "../status-bar/status-bar";
import { TicketTasksCard } from "../tasks/ticket-tasks-card";
import { Badge, StatusBadge } from "../ui/badge";
import { Button } from "../ui/button";
import { Card, CardTitle } from "../ui/card";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { DateTime } from "../ui/date-time";
import { AmountDialog } from "./amount-dialog";
import { AssignDialog } from "./assign-dialog";
import { ChangeStatusMenu } from "./change-status-menu";
import { OffersCard } from "./offers-card";
import { PaymentDialog } from "./payment-dialog";
import { PaymentsCard } from "./payments-card";
import { ProblemAlert } from "./problem-alert";
import { RequesterCard } from "./requester-card";
import { fetchTicket } from "./ticket-fetch";
import { TicketHistoryCard } from "./ticket-history-card";
import { useTicketCommand } from "./use-ticket-command";

export function StaffTicketView({
  initial,
  conversation,
}: {
  initial: StaffTicketDetail;
  conversation: Conversation;
}) {
  const t = useTranslations("tickets.detail");
  const tw = useTranslations("workflow");
  const format = useFormatter();
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
  const [confirmFor, setConfirmFor] = useState<StatusOption | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  useShortcuts({ c: () => ticket.transitions.length > 0 && setMenuOpen(true) });
  const balanceCents = ticket.money?.balanceCents ?? ticket.amountCents ?? 0;

  const change = (option: StatusOption) => {
    const from = ticket.status;
    run(() => changeStatusAction({ ...ref, statusId: option.id }), {
      message: t("statusChanged", { status: option.name }),
      undo: option.undoable
        ? (result) =>
            run(
              () =>
                changeStatusAction({ ticketId: ticket.id, version: result?.version ?? 0, statusId: from.id }),
              t("statusChanged", { status: from.name }),
            )
        : undefined,
    });
  };
  const choose = (option: StatusOption) => {
    if (option.opensPayment) setPaymentFor(option);
    else if (option.confirm) setConfirmFor(option);
    else change(option);
  };

  return (
    <article className="space-y-5">
      <header className="space-y-1">
        <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          <span className="font-mono font-medium text-foreground">{formatTicketNumber(ticket.number)}</span>
          <Badge>{tw(`visibility.${ticket.visibility}`)}</Badge>
          <StatusBadge
            name={ticket.status.name}
            color={ticket.status.color}
            archivedLabel={ticket.status.archived ? t("archived") : null}
          />
        </p>
        <h1 className="text-2xl font-semibold break-words text-foreground">{ticket.title}</h1>
      </header>

      <StatusBar model={ticket.bar} />
      <ProblemAlert problem={problem} onReload={reload} />
      {ticket.draft ? (
        <DraftNotice
          ticketId={ticket.id}
          number={ticket.number}
          days={ticket.draft.days}
          basePath="/tickets"
          provided={ticket.provided}
        />
      ) : (
        <>
          <div className="flex flex-wrap items-center gap-2">
            <ChangeStatusMenu
              options={ticket.transitions}
              disabled={pending}
              open={menuOpen}
              onOpenChange={setMenuOpen}
              onChoose={choose}
            />
            {confirmFor ? (
              <ConfirmDialog
                open
                onOpenChange={(open) => !open && setConfirmFor(null)}
                title={t(confirmFor.confirm === "cancel" ? "confirmCancelTitle" : "confirmCloseUnpaidTitle", {
                  number: formatTicketNumber(ticket.number),
                })}
                description={t(
                  confirmFor.confirm === "cancel" ? "confirmCancelText" : "confirmCloseUnpaidText",
                  {
                    status: confirmFor.name,
                    balance: format.number(Math.max(balanceCents, 0) / 100, "money"),
                  },
                )}
                confirmLabel={t("confirmMove", { status: confirmFor.name })}
                cancelLabel={t("keep")}
                destructive
                onConfirm={() => {
                  change(confirmFor);
                  setConfirmFor(null);
                  return true;
                }}
              />
            ) : null}
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
                    t("paymentRecorded", { status: paymentFor.name }),
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
                  onClick={() => run(() => acceptOfferAction({ ticketId: ticket.id }), t("offerAccepted"))}
                >
                  {t("acceptOffer")}
                </Button>
                <Button
                  variant="outline"
                  disabled={pending}
                  onClick={() => run(() => declineOfferAction({ ticketId: ticket.id }), t("offerDeclined"))}
                >
                  {t("declineOffer")}
                </Button>
              </>
            ) : null}
            {ticket.canAssign &&
            ticket.status.category !== "cancelled" &&
            ticket.status.category !== "draft" ? (
              <AssignDialog
                employees={ticket.employees}
                assigned={ticket.assignees.map((a) => a.id)}
                disabled={pending}
                problem={dialog.problem}
                onReload={dialog.reload}
                onOpenChange={dialog.dismiss}
                onSave={(userIds, close) => {
                  const before = ticket.assignees.map((a) => a.id);
                  runInDialog(
                    () => setAssigneesAction({ ...ref, userIds }),
                    {
                      message: t("assigneesSaved"),
                      // Nobody before means an Open ticket that is now Assigned: it cannot go back.
                      undo:
                        before.length === 0
                          ? undefined
                          : (result) =>
                              run(
                                () =>
                                  setAssigneesAction({
                                    ticketId: ticket.id,
                                    version: result?.version ?? 0,
                                    userIds: before,
                                  }),
                                t("assigneesRestored"),
                              ),
                    },
                    close,
                  );
                }}
              />
            ) : null}
          </div>

          <div className="grid gap-5 lg:grid-cols-3">
            <div className="min-w-0 space-y-5 lg:col-span-2">
              <TicketAboutCard
                provided={ticket.provided}
                description={ticket.description}
                title={t("description")}
                empty={t("noDescription")}
              />
              <Messenger
                number={ticket.number}
                initial={conversation}
                sessions={ticket.sessions}
                sessionBase="/sessions"
              />
              <TicketTasksCard ticketId={ticket.id} tasks={ticket.tasks} employees={ticket.employees} />
              <TicketSessionsCard sessions={ticket.sessions} base="/sessions" requestHref={null} />
              <TicketHistoryCard ticket={ticket} label={t("history")} mayMarkInternal />
            </div>
            <div className="min-w-0 space-y-5">
              <RequesterCard creator={ticket.creator} />
              <Card aria-labelledby="details-heading">
                <CardTitle id="details-heading">{t("details")}</CardTitle>
                <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
                  <dt className="text-muted-foreground">{t("created")}</dt>
                  <dd>
                    <DateTime value={ticket.createdAt} />
                  </dd>
                  <dt className="text-muted-foreground">{t("asset")}</dt>
                  <dd>{ticket.asset?.name ?? t("noAsset")}</dd>
                  <dt className="text-muted-foreground">{t("amount")}</dt>
                  <dd className="flex flex-wrap items-center gap-x-2">
                    {ticket.amountCents === null
                      ? t("amountNotSet")
                      : format.number(ticket.amountCents / 100, "money")}
                    {ticket.canSetAmount ? (
                      <AmountDialog
                        amountCents={ticket.amountCents}
                        disabled={pending}
                        problem={dialog.problem}
                        onReload={dialog.reload}
                        onOpenChange={dialog.dismiss}
                        onSave={(amountCents, close) =>
                          runInDialog(() => setAmountAction({ ...ref, amountCents }), t("amountSaved"), close)
                        }
                      />
                    ) : null}
                  </dd>
                  <dt className="text-muted-foreground">{t("assignees")}</dt>
                  <dd>
                    {ticket.assignees.length
                      ? ticket.assignees.map((a) => a.name).join(", ")
                      : t("nobodyYet")}
                  </dd>
                  {ticket.rating ? (
                    <>
                      <dt className="text-muted-foreground">{t("rating")}</dt>
                      <dd>
                        {ticket.rating.comment
                          ? t("ratingWithComment", {
                              stars: ticket.rating.stars,
                              comment: ticket.rating.comment,
                            })
                          : t("ratingStars", { stars: ticket.rating.stars })}
                      </dd>
                    </>
                  ) : null}
                </dl>
              </Card>
              {ticket.money ? (
                <PaymentsCard money={ticket.money} receiptPath={`/tickets/${ticket.number}/receipts`} />
              ) : null}
              {ticket.offers.length > 0 ? (
                <OffersCard
                  offers={ticket.offers}
                  canWithdraw={ticket.canAssign}
                  disabled={pending}
                  onWithdraw={(offer) =>
                    run(() => withdrawOfferAction({ ...ref, userId: offer.userId }), t("offerWithdrawn"))
                  }
                />
              ) : null}
            </div>
          </div>
        </>
      )}
    </article>
  );
}
