"use client";

import { useQuery } from "@tanstack/react-query";
import { MessageCircleQuestion, PartyPopper } from "lucide-react";
import { useTranslations } from "next-intl";
import {
  cancelTicketAction,
  confirmResolutionAction,
  rateTicketAction,
  reopenTicketAction,
} from "@/app/actions/tickets";
import type { Conversation } from "@/lib/conversation/queries";
import { renderMsg } from "@/lib/i18n/msg";
import { ticketKeys } from "@/lib/tickets/query-keys";
import { formatTicketNumber, type PortalTicketDetail } from "@/lib/tickets/types";
import { stepMsg } from "@/lib/workflow/ticket-categories";
import { Messenger } from "../conversation/messenger";
import { DraftNotice } from "../flows/draft-notice";
import { TicketAboutCard } from "../flows/ticket-about-card";
import { TicketSessionsCard } from "../sessions/ticket-sessions-card";
import { StatusBar } from "../status-bar/status-bar";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Card, CardTitle } from "../ui/card";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { DateTime } from "../ui/date-time";
import { RatingForm } from "../work-items/rating-form";
import { PaymentsCard } from "./payments-card";
import { ProblemAlert } from "./problem-alert";
import { fetchTicket } from "./ticket-fetch";
import { TicketHistoryCard } from "./ticket-history-card";
import { useTicketCommand } from "./use-ticket-command";

export function PortalTicketView({
  initial,
  conversation,
}: {
  initial: PortalTicketDetail;
  conversation: Conversation;
}) {
  const t = useTranslations("portal.ticket");
  const tr = useTranslations();
  const { data } = useQuery({
    queryKey: ticketKeys.detail(initial.number),
    queryFn: () => fetchTicket(initial.number),
    initialData: initial,
  });
  const ticket = data.audience === "customer" ? data : initial;
  const { run, pending, problem, reload } = useTicketCommand(ticket.number);
  const ref = { ticketId: ticket.id, version: ticket.version };
  const { actions } = ticket;
  const ref_ = formatTicketNumber(ticket.number);

  return (
    <article className="space-y-5">
      <header className="space-y-1">
        <p className="font-mono text-sm font-medium text-muted-foreground">{ref_}</p>
        <h1 className="text-2xl font-semibold break-words text-foreground">{ticket.title}</h1>
      </header>
      <StatusBar model={ticket.bar} />
      <ProblemAlert problem={problem} onReload={reload} />
      {ticket.draft ? (
        <DraftNotice
          ticketId={ticket.id}
          number={ticket.number}
          days={ticket.draft.days}
          basePath="/portal/tickets"
          provided={ticket.provided}
        />
      ) : (
        <>
          {ticket.attention === "answer" ? (
            <Alert tone="warning" role="status" className="flex gap-3">
              <MessageCircleQuestion aria-hidden className="mt-0.5 size-5 shrink-0" />
              <div>
                <p className="font-semibold">{t("needsAnswer")}</p>
                <p>{t("needsAnswerText")}</p>
              </div>
            </Alert>
          ) : null}
          {ticket.attention === "rate" || ticket.attention === "confirm" ? (
            <Alert tone="info" role="status" className="flex gap-3">
              <PartyPopper aria-hidden className="mt-0.5 size-5 shrink-0" />
              <div>
                <p className="font-semibold">{t("doneTitle")}</p>
                <p>{t(ticket.attention === "rate" ? "doneRateText" : "doneConfirmText")}</p>
              </div>
            </Alert>
          ) : null}

          {actions.rate ? (
            <RatingForm
              disabled={pending}
              onSubmit={(stars, comment) =>
                run(() => rateTicketAction({ ...ref, stars, comment }), t("thanksRating"))
              }
            />
          ) : null}
          {actions.confirm || actions.reopen || actions.cancel ? (
            <div className="flex flex-wrap gap-2">
              {actions.confirm ? (
                <Button
                  variant="primary"
                  disabled={pending}
                  onClick={() => run(() => confirmResolutionAction(ref), t("closedThanks"))}
                >
                  {t("issueResolved")}
                </Button>
              ) : null}
              {actions.reopen ? (
                <Button
                  variant="outline"
                  disabled={pending}
                  onClick={() => run(() => reopenTicketAction(ref), t("reopened"))}
                >
                  {t("reopen")}
                </Button>
              ) : null}
              {actions.cancel ? (
                <ConfirmDialog
                  title={t("cancelTitle", { number: ref_ })}
                  description={t("cancelText")}
                  confirmLabel={t("cancelConfirm")}
                  cancelLabel={t("cancelKeep")}
                  destructive
                  pending={pending}
                  onConfirm={() => {
                    run(() => cancelTicketAction(ref), t("cancelled"));
                    return true;
                  }}
                  trigger={
                    <Button variant="destructive" disabled={pending}>
                      {t("cancel")}
                    </Button>
                  }
                />
              ) : null}
            </div>
          ) : null}

          <div className="grid gap-5 md:grid-cols-3">
            <div className="min-w-0 space-y-5 md:col-span-2">
              <TicketAboutCard
                provided={ticket.provided}
                description={ticket.description}
                title={t("description")}
                empty={t("noDescription")}
              />
              <Messenger number={ticket.number} initial={conversation} sessionBase="/portal/sessions" />
              <TicketSessionsCard
                sessions={ticket.sessions}
                base="/portal/sessions"
                requestHref={
                  ticket.mine && ticket.asset && ticket.step !== "Closed" && ticket.step !== "Cancelled"
                    ? `/portal/sessions/new?ticket=${ticket.number}`
                    : null
                }
              />
              <TicketHistoryCard ticket={ticket} label={t("history")} mayMarkInternal={false} />
            </div>
            <div className="min-w-0 space-y-5">
              <Card aria-labelledby="details-heading">
                <CardTitle id="details-heading">{t("details")}</CardTitle>
                <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
                  <dt className="text-muted-foreground">{t("status")}</dt>
                  <dd>{renderMsg(tr, stepMsg(ticket.step))}</dd>
                  <dt className="text-muted-foreground">{t("created")}</dt>
                  <dd>
                    <DateTime value={ticket.createdAt} />
                  </dd>
                  <dt className="text-muted-foreground">{t("asset")}</dt>
                  <dd>{ticket.asset?.name ?? t("noAsset")}</dd>
                  <dt className="text-muted-foreground">{t("handledBy")}</dt>
                  <dd>{ticket.assignees.length ? ticket.assignees.join(", ") : t("notAssigned")}</dd>
                  {ticket.rating ? (
                    <>
                      <dt className="text-muted-foreground">{ticket.mine ? t("yourRating") : t("rating")}</dt>
                      <dd>{t("ratingStars", { stars: ticket.rating.stars })}</dd>
                    </>
                  ) : null}
                </dl>
                {!ticket.mine ? (
                  <p className="mt-3 text-xs text-muted-foreground">{t("openedByOther")}</p>
                ) : null}
              </Card>
              {ticket.money ? (
                <PaymentsCard
                  money={ticket.money}
                  receiptPath={`/portal/tickets/${ticket.number}/receipts`}
                />
              ) : null}
            </div>
          </div>
        </>
      )}
    </article>
  );
}
