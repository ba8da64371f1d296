"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { UNREAD_CAP } from "@/lib/conversation/unread-cap";
import { renderMsg } from "@/lib/i18n/msg";
import { ticketKeys } from "@/lib/tickets/query-keys";
import { formatTicketNumber, type Page, type PortalTicketListItem } from "@/lib/tickets/types";
import { stepMsg } from "@/lib/workflow/ticket-categories";
import { Badge } from "../ui/badge";
import { DateTime } from "../ui/date-time";
import { fetchJson } from "./ticket-fetch";

export function PortalTicketList({
  initial,
  cursor,
}: {
  initial: Page<PortalTicketListItem>;
  cursor?: string;
}) {
  const t = useTranslations("portal.list");
  const tr = useTranslations();
  const params = { cursor };
  const { data } = useQuery({
    queryKey: ticketKeys.list(params),
    queryFn: () =>
      fetchJson<Page<PortalTicketListItem>>(
        `/api/tickets${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`,
      ),
    initialData: initial,
  });
  if (data.items.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-input p-8 text-center text-muted-foreground">
        {t("empty")}
      </p>
    );
  }
  return (
    <>
      <ul aria-label={t("label")} className="divide-y divide-border rounded-lg border border-border bg-card">
        {data.items.map((ticket) => (
          <li key={ticket.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3">
            <span className="font-mono text-sm text-muted-foreground">
              {formatTicketNumber(ticket.number)}
            </span>
            <Link
              href={`/portal/tickets/${ticket.number}`}
              className="min-w-0 font-medium break-words text-link hover:underline"
            >
              {ticket.title}
            </Link>
            {!ticket.mine ? (
              <span className="text-xs text-muted-foreground">
                {t("otherCustomer", { asset: ticket.assetName ?? "" })}
              </span>
            ) : null}
            <span className="ml-auto flex flex-wrap items-center gap-2">
              {ticket.unread > 0 ? (
                <Badge tone="info">
                  {ticket.unread >= UNREAD_CAP ? t("unreadMany") : t("unread", { count: ticket.unread })}
                </Badge>
              ) : null}
              {ticket.attention === "answer" ? <Badge tone="warning">{t("needsAnswer")}</Badge> : null}
              {ticket.attention === "rate" ? <Badge tone="info">{t("pleaseRate")}</Badge> : null}
              {ticket.attention === "confirm" ? <Badge tone="info">{t("pleaseConfirm")}</Badge> : null}
              <Badge>{renderMsg(tr, stepMsg(ticket.step))}</Badge>
              <DateTime value={ticket.updatedAt} className="text-xs text-muted-foreground" />
            </span>
          </li>
        ))}
      </ul>
      {data.nextCursor ? (
        <p className="text-right text-sm">
          <Link
            href={`?cursor=${encodeURIComponent(data.nextCursor)}`}
            className="inline-flex min-h-11 items-center text-link hover:underline"
          >
            {t("older")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
