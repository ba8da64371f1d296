"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  createTicketFromSessionAction,
  linkSessionTicketAction,
  unlinkSessionTicketAction,
} from "@/app/actions/sessions";
import type { SessionDetail } from "@/lib/sessions/types";
import { formatItemNumber } from "@/lib/workflow/work-item-kinds";
import { Button } from "../ui/button";
import { Card, CardTitle } from "../ui/card";
import { Input, Label } from "../ui/form-controls";
import type { useWorkItemCommand } from "../work-items/use-work-item-command";

/** The session's tickets for employees: link one by its number, unlink, or make a new one from the session. */
export function LinkedTicketsCard({
  session,
  run,
  disabled,
}: {
  session: SessionDetail;
  run: ReturnType<typeof useWorkItemCommand>["run"];
  disabled: boolean;
}) {
  const t = useTranslations("sessions.detail");
  const [number, setNumber] = useState("");
  const ref = { sessionId: session.id, version: session.version };
  const mayLink = session.actions.linkTickets;
  return (
    <Card aria-labelledby="tickets-heading">
      <CardTitle id="tickets-heading">{t("tickets")}</CardTitle>
      {session.linkedTickets.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("noTickets")}</p>
      ) : null}
      <ul className="space-y-1 text-sm">
        {session.linkedTickets.map((ticket) => (
          <li key={ticket.number} className="flex flex-wrap items-center justify-between gap-2">
            <Link
              className="min-w-0 break-words text-link hover:underline"
              href={`/tickets/${ticket.number}`}
            >
              {formatItemNumber("ticket", ticket.number)} {ticket.title}
            </Link>
            {mayLink ? (
              <Button
                variant="ghost"
                size="sm"
                disabled={disabled}
                aria-label={t("unlinkNamed", { number: formatItemNumber("ticket", ticket.number) })}
                onClick={() =>
                  run(() => unlinkSessionTicketAction({ ...ref, ticketNumber: ticket.number }), t("unlinked"))
                }
              >
                {t("unlink")}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {mayLink ? (
        <div className="space-y-3">
          <form
            className="flex items-end gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              const ticketNumber = Number(number.replace(/^t-?/i, ""));
              run(
                () => linkSessionTicketAction({ ...ref, ticketNumber }),
                t("linked"),
                () => setNumber(""),
              );
            }}
          >
            <div className="min-w-0 flex-1 space-y-1">
              <Label htmlFor="link-ticket">{t("ticketNumber")}</Label>
              <Input
                id="link-ticket"
                value={number}
                onChange={(e) => setNumber(e.target.value)}
                placeholder="T-1001"
              />
            </div>
            <Button type="submit" variant="outline" disabled={disabled || number.trim() === ""}>
              {t("link")}
            </Button>
          </form>
          <Button
            variant="outline"
            disabled={disabled}
            onClick={() => run(() => createTicketFromSessionAction(ref), t("ticketCreated"))}
          >
            {t("createTicket")}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
