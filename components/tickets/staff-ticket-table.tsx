"use client";

import { useQuery } from "@tanstack/react-query";
import { formatDistanceToNow } from "date-fns";
import Link from "next/link";
import { ticketKeys } from "@/lib/tickets/query-keys";
import { formatTicketNumber, type Page, type StaffTicketListItem } from "@/lib/tickets/types";
import { Badge, StatusBadge } from "../ui/badge";
import { fetchJson } from "./ticket-fetch";

export function StaffTicketTable({
  initial,
  params,
}: {
  initial: Page<StaffTicketListItem>;
  params: Record<string, string | undefined>;
}) {
  const search = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])),
  );
  const { data } = useQuery({
    queryKey: ticketKeys.list(params),
    queryFn: () => fetchJson<Page<StaffTicketListItem>>(`/api/tickets?${search}`),
    initialData: initial,
  });
  if (data.items.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">
        No tickets match these filters.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Tickets</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2">
              Number
            </th>
            <th scope="col" className="px-3 py-2">
              Title
            </th>
            <th scope="col" className="px-3 py-2">
              Status
            </th>
            <th scope="col" className="px-3 py-2">
              Assignees
            </th>
            <th scope="col" className="px-3 py-2">
              Asset
            </th>
            <th scope="col" className="px-3 py-2">
              Updated
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {data.items.map((t) => (
            <tr key={t.id} className="hover:bg-slate-50">
              <td className="px-3 py-2 font-mono text-slate-600">{formatTicketNumber(t.number)}</td>
              <td className="px-3 py-2">
                <Link href={`/tickets/${t.number}`} className="font-medium text-blue-700 hover:underline">
                  {t.title}
                </Link>
                {t.visibility === "internal" ? <Badge className="ml-2">Internal</Badge> : null}
              </td>
              <td className="px-3 py-2">
                <StatusBadge name={t.status.name} color={t.status.color} archived={t.status.archived} />
              </td>
              <td className="px-3 py-2 text-slate-700">{t.assignees.join(", ") || "—"}</td>
              <td className="px-3 py-2 text-slate-700">{t.assetName ?? "—"}</td>
              <td className="px-3 py-2 text-slate-500">
                <time dateTime={t.updatedAt}>
                  {formatDistanceToNow(new Date(t.updatedAt), { addSuffix: true })}
                </time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.nextCursor ? (
        <div className="flex justify-end gap-4 border-t border-slate-200 px-3 py-2 text-sm">
          {params.cursor ? (
            <Link href={`?${withCursor(search, null)}`} className="text-blue-700 hover:underline">
              First page
            </Link>
          ) : null}
          <Link href={`?${withCursor(search, data.nextCursor)}`} className="text-blue-700 hover:underline">
            Next page
          </Link>
        </div>
      ) : params.cursor ? (
        <div className="border-t border-slate-200 px-3 py-2 text-right text-sm">
          <Link href={`?${withCursor(search, null)}`} className="text-blue-700 hover:underline">
            First page
          </Link>
        </div>
      ) : null}
    </div>
  );
}

function withCursor(search: URLSearchParams, cursor: number | null) {
  const next = new URLSearchParams(search);
  if (cursor === null) next.delete("cursor");
  else next.set("cursor", String(cursor));
  return next.toString();
}
