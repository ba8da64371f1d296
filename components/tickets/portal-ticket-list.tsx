"use client";

import { useQuery } from "@tanstack/react-query";
import { formatDistanceToNow } from "date-fns";
import Link from "next/link";
import { ticketKeys } from "@/lib/tickets/query-keys";
import { formatTicketNumber, type Page, type PortalTicketListItem } from "@/lib/tickets/types";
import { Badge } from "../ui/badge";
import { fetchJson } from "./ticket-fetch";

export function PortalTicketList({
  initial,
  cursor,
}: {
  initial: Page<PortalTicketListItem>;
  cursor?: number;
}) {
  const params = { cursor: cursor ? String(cursor) : undefined };
  const { data } = useQuery({
    queryKey: ticketKeys.list(params),
    queryFn: () => fetchJson<Page<PortalTicketListItem>>(`/api/tickets${cursor ? `?cursor=${cursor}` : ""}`),
    initialData: initial,
  });
  if (data.items.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">
        No tickets yet. Create one and we will take care of it.
      </p>
    );
  }
  return (
    <>
      <ul
        aria-label="Tickets"
        className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
      >
        {data.items.map((t) => (
          <li key={t.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
            <span className="font-mono text-sm text-slate-500">{formatTicketNumber(t.number)}</span>
            <Link href={`/portal/tickets/${t.number}`} className="font-medium text-blue-700 hover:underline">
              {t.title}
            </Link>
            {!t.mine ? (
              <span className="text-xs text-slate-500">(another customer of {t.assetName})</span>
            ) : null}
            <span className="ml-auto flex items-center gap-3">
              <Badge>{t.step}</Badge>
              <time dateTime={t.updatedAt} className="text-xs text-slate-500">
                {formatDistanceToNow(new Date(t.updatedAt), { addSuffix: true })}
              </time>
            </span>
          </li>
        ))}
      </ul>
      {data.nextCursor ? (
        <p className="text-right text-sm">
          <Link href={`?cursor=${data.nextCursor}`} className="text-blue-700 hover:underline">
            Older tickets
          </Link>
        </p>
      ) : null}
    </>
  );
}
