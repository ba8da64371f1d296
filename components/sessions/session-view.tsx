"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import {
  addMeAsResponsibleAction,
  cancelSessionAction,
  confirmSessionAction,
  rateSessionAction,
  reopenSessionAction,
} from "@/app/actions/sessions";
import type { SessionDetail } from "@/lib/sessions/types";
import { workItemKeys } from "@/lib/work-items/query-keys";
import { formatItemNumber } from "@/lib/workflow/work-item-kinds";
import { StatusBar } from "../status-bar/status-bar";
import { HistoryList } from "../tickets/history-list";
import { ProblemAlert } from "../tickets/problem-alert";
import { fetchJson } from "../tickets/ticket-fetch";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Card, CardTitle } from "../ui/card";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { DateTime } from "../ui/date-time";
import { RatingForm } from "../work-items/rating-form";
import { useWorkItemCommand } from "../work-items/use-work-item-command";
import { CallPanel } from "./call-panel";
import { LinkedTicketsCard } from "./linked-tickets-card";

const keys = workItemKeys("video_session");

/** A video session's page for employees and for its customer: the bar, the call, what follows it. */
export function SessionView({ initial }: { initial: SessionDetail }) {
  const t = useTranslations("sessions.detail");
  const tw = useTranslations("workflow");
  const format = useFormatter();
  const { data: session } = useQuery({
    queryKey: keys.detail(initial.number),
    queryFn: () => fetchJson<SessionDetail>(`/api/sessions/${initial.number}`),
    initialData: initial,
  });
  const { run, pending, problem, reload } = useWorkItemCommand("video_session", session.number);
  const ref = { sessionId: session.id, version: session.version };
  const staff = session.audience === "staff";
  const number = formatItemNumber("video_session", session.number);
  const { actions } = session;
  const ticketBase = staff ? "/tickets" : "/portal/tickets";
  return (
    <article className="space-y-5">
      <header className="space-y-1">
        <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
          <span className="font-mono font-medium text-foreground">{number}</span>
          <Badge>{tw(`categories.${session.category}`)}</Badge>
          {staff && session.visibility === "internal" ? <Badge>{tw("visibility.internal")}</Badge> : null}
        </p>
        <h1 className="text-2xl font-semibold break-words text-foreground">
          {session.reason.split("\n")[0]}
        </h1>
      </header>
      <StatusBar model={session.bar} />
      <ProblemAlert problem={problem} onReload={reload} />

      <div className="flex flex-wrap items-center gap-2">
        {actions.confirm ? (
          <Button
            variant="primary"
            disabled={pending}
            onClick={() => run(() => confirmSessionAction(ref), t("confirmed"))}
          >
            {t("confirm")}
          </Button>
        ) : null}
        {actions.addResponsible ? (
          <Button
            variant="outline"
            disabled={pending}
            onClick={() => run(() => addMeAsResponsibleAction(ref), t("added"))}
          >
            {t("addMe")}
          </Button>
        ) : null}
        {actions.reopen ? (
          <Button
            variant="outline"
            disabled={pending}
            onClick={() => run(() => reopenSessionAction(ref), t("reopened"))}
          >
            {t("reopen")}
          </Button>
        ) : null}
        {actions.cancel ? (
          <ConfirmDialog
            trigger={
              <Button variant="outline" disabled={pending}>
                {staff ? t("cancelSession") : t("cancelRequest")}
              </Button>
            }
            title={t("cancelTitle", { number })}
            description={staff ? t("cancelText") : t("cancelRequestText")}
            confirmLabel={staff ? t("cancelSession") : t("cancelRequest")}
            cancelLabel={t("keep")}
            destructive
            onConfirm={() => {
              run(() => cancelSessionAction(ref), t("cancelled"));
              return true;
            }}
          />
        ) : null}
      </div>

      <div className="grid gap-5 lg:grid-cols-3">
        <div className="min-w-0 space-y-5 lg:col-span-2">
          {session.call && actions.joinCall ? (
            <CallPanel
              key={session.id}
              sessionId={session.id}
              polite={!staff}
              peersPresent={session.call.peersPresent}
              rejoin={session.call.rejoin}
            />
          ) : null}
          {actions.rate ? (
            <RatingForm
              title={t("rateTitle")}
              disabled={pending}
              onSubmit={(stars, comment) =>
                run(() => rateSessionAction({ ...ref, stars, comment }), t("thanks"))
              }
            />
          ) : null}
          <Card aria-labelledby="reason-heading">
            <CardTitle id="reason-heading">{t("reason")}</CardTitle>
            <p className="text-sm break-words whitespace-pre-wrap text-foreground">{session.reason}</p>
          </Card>
          <Card aria-labelledby="history-heading">
            <CardTitle id="history-heading">{t("history")}</CardTitle>
            <HistoryList items={session.history} label={t("history")} />
          </Card>
        </div>
        <div className="min-w-0 space-y-5">
          <Card aria-labelledby="details-heading">
            <CardTitle id="details-heading">{t("details")}</CardTitle>
            <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
              <dt className="text-muted-foreground">{t("asset")}</dt>
              <dd>{session.asset.name}</dd>
              <dt className="text-muted-foreground">{t("customer")}</dt>
              <dd>{session.customer.name}</dd>
              <dt className="text-muted-foreground">{t("responsible")}</dt>
              <dd>
                {session.responsibles.length
                  ? session.responsibles.map((r) => r.name).join(", ")
                  : t("nobodyYet")}
              </dd>
              {staff && session.recipients.length > 0 ? (
                <>
                  <dt className="text-muted-foreground">{t("receivedBy")}</dt>
                  <dd>{session.recipients.join(", ")}</dd>
                </>
              ) : null}
              <dt className="text-muted-foreground">{t("requested")}</dt>
              <dd>
                <DateTime value={session.createdAt} />
              </dd>
              {session.callStartedAt ? (
                <>
                  <dt className="text-muted-foreground">{t("callStarted")}</dt>
                  <dd>
                    <DateTime value={session.callStartedAt} />
                  </dd>
                </>
              ) : null}
              {session.callEndedAt ? (
                <>
                  <dt className="text-muted-foreground">{t("callEnded")}</dt>
                  <dd>
                    <DateTime value={session.callEndedAt} />
                  </dd>
                </>
              ) : null}
              {session.durationSeconds !== null ? (
                <>
                  <dt className="text-muted-foreground">{t("duration")}</dt>
                  <dd>
                    {t("durationValue", {
                      minutes: Math.floor(session.durationSeconds / 60),
                      seconds: format.number(session.durationSeconds % 60, { minimumIntegerDigits: 2 }),
                    })}
                  </dd>
                </>
              ) : null}
              {session.rating ? (
                <>
                  <dt className="text-muted-foreground">{t("rating")}</dt>
                  <dd>
                    {t("ratingStars", { stars: session.rating.stars })}
                    {session.rating.comment ? ` — ${session.rating.comment}` : ""}
                  </dd>
                </>
              ) : null}
            </dl>
          </Card>
          {staff ? (
            <LinkedTicketsCard session={session} run={run} disabled={pending} />
          ) : session.linkedTickets.length > 0 ? (
            <Card aria-labelledby="tickets-heading">
              <CardTitle id="tickets-heading">{t("tickets")}</CardTitle>
              <ul className="space-y-1 text-sm">
                {session.linkedTickets.map((ticket) => (
                  <li key={ticket.number}>
                    <Link className="text-link hover:underline" href={`${ticketBase}/${ticket.number}`}>
                      {formatItemNumber("ticket", ticket.number)} {ticket.title}
                    </Link>
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
