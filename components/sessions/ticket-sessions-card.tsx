"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { SessionListItem } from "@/lib/sessions/types";
import { formatItemNumber } from "@/lib/workflow/work-item-kinds";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Card, CardTitle } from "../ui/card";

/** A ticket's video sessions; on their own ticket customers may request one from here. */
export function TicketSessionsCard({
  sessions,
  base,
  requestHref,
}: {
  sessions: SessionListItem[];
  base: string;
  requestHref: string | null;
}) {
  const t = useTranslations("sessions.onTicket");
  const tw = useTranslations("workflow");
  if (sessions.length === 0 && !requestHref) return null;
  return (
    <Card aria-labelledby="sessions-heading">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <CardTitle id="sessions-heading">{t("title")}</CardTitle>
        {requestHref ? (
          <Button asChild variant="outline">
            <Link href={requestHref}>{t("request")}</Link>
          </Button>
        ) : null}
      </div>
      {sessions.length > 0 ? (
        <ul className="space-y-2 text-sm">
          {sessions.map((session) => (
            <li key={session.id} className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <span className="font-mono text-muted-foreground">
                {formatItemNumber("video_session", session.number)}
              </span>
              <Link
                href={`${base}/${session.number}`}
                className="min-w-0 font-medium break-words text-link hover:underline"
              >
                {session.reason.split("\n")[0]}
              </Link>
              <Badge>{tw(`categories.${session.category}`)}</Badge>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
