"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { UNREAD_CAP } from "@/lib/conversation/unread-cap";
import { defaultDirection, type SortDirection, type TicketSort } from "@/lib/tickets/list-sorts";
import { ticketKeys } from "@/lib/tickets/query-keys";
import { formatTicketNumber, type Page, type StaffTicketListItem } from "@/lib/tickets/types";
import { cn } from "@/lib/ui/cn";
import { useShortcuts } from "../layout/use-shortcuts";
import { Badge, StatusBadge } from "../ui/badge";
import { Checkbox } from "../ui/checkbox";
import { DateTime } from "../ui/date-time";
import { BulkActions } from "./bulk-actions";
import { fetchJson } from "./ticket-fetch";
import type { FilterOptions } from "./ticket-filters";

export function StaffTicketTable({
  initial,
  params,
  options,
  canAssign,
}: {
  initial: Page<StaffTicketListItem>;
  params: Record<string, string | undefined>;
  options: FilterOptions;
  canAssign: boolean;
}) {
  const t = useTranslations("tickets.list");
  const tc = useTranslations("common");
  const tw = useTranslations("workflow");
  const router = useRouter();
  const queryClient = useQueryClient();
  const search = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])),
  );
  const { data } = useQuery({
    queryKey: ticketKeys.list(params),
    queryFn: () => fetchJson<Page<StaffTicketListItem>>(`/api/tickets?${search}`),
    initialData: initial,
  });
  const [selected, setSelected] = useState<string[]>([]);
  const [active, setActive] = useState(-1);
  const rows = useRef<(HTMLAnchorElement | null)[]>([]);
  // A new page or other filters start a new selection.
  const pageKey = search.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the page changes.
  useEffect(() => {
    setSelected([]);
    setActive(-1);
  }, [pageKey]);

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(data.items.length - 1, index));
    setActive(next);
    rows.current[next]?.focus();
  };
  useShortcuts({
    j: () => focusRow(active + 1),
    k: () => focusRow(active - 1),
    x: () => {
      const item = data.items[active];
      if (item) toggle(item.id, !selected.includes(item.id));
    },
    "/": () => document.getElementById("filter-q")?.focus(),
  });
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => (on ? [...new Set([...current, id])] : current.filter((x) => x !== id)));
  const allOnPage = data.items.length > 0 && data.items.every((i) => selected.includes(i.id));

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ["tickets"] });
    router.refresh();
  };

  if (data.items.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-input p-8 text-center text-muted-foreground">
        {t("empty")}
      </p>
    );
  }
  const sortHeader = (sort: TicketSort, label: string) => (
    <SortHeader sort={sort} label={label} search={search} />
  );
  return (
    <div className="space-y-3">
      <BulkActions
        items={data.items.filter((i) => selected.includes(i.id))}
        options={options}
        canAssign={canAssign}
        onClear={() => setSelected([])}
        onDone={async (failedIds) => {
          setSelected(failedIds);
          await refresh();
        }}
      />
      <div className="rounded-lg border border-border bg-card md:overflow-x-auto">
        {/* Phones: each row is a card (number, status and date, then the title, then the people). */}
        <table className="w-full text-left text-sm max-md:block">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="border-b border-border bg-muted text-xs tracking-wide text-muted-foreground uppercase max-md:hidden">
            <tr>
              <th scope="col" className="w-10 px-3 py-2">
                <Checkbox
                  aria-label={t("selectAll")}
                  checked={allOnPage}
                  onCheckedChange={(on) => setSelected(on ? data.items.map((i) => i.id) : [])}
                />
              </th>
              {sortHeader("number", t("number"))}
              <th scope="col" className="px-3 py-2">
                {t("title")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("requester")}
              </th>
              {sortHeader("status", t("status"))}
              <th scope="col" className="px-3 py-2">
                {t("assignees")}
              </th>
              {sortHeader("updated", t("updated"))}
              {sortHeader("created", t("created"))}
            </tr>
          </thead>
          <tbody className="divide-y divide-border max-md:block">
            {data.items.map((item, index) => {
              const checked = selected.includes(item.id);
              return (
                <tr
                  key={item.id}
                  className={cn(
                    "hover:bg-accent max-md:grid max-md:grid-cols-[auto_minmax(0,1fr)_auto] max-md:items-center max-md:gap-x-3 max-md:gap-y-1 max-md:p-3",
                    checked && "bg-primary-soft",
                    index === active && "bg-accent",
                  )}
                >
                  <td className="px-3 py-2 max-md:col-start-1 max-md:row-start-1 max-md:p-0">
                    <Checkbox
                      aria-label={t("select", { number: formatTicketNumber(item.number) })}
                      checked={checked}
                      onCheckedChange={(on) => toggle(item.id, on === true)}
                    />
                  </td>
                  <td className="px-3 py-2 font-mono whitespace-nowrap text-muted-foreground max-md:col-start-2 max-md:row-start-1 max-md:p-0">
                    {formatTicketNumber(item.number)}
                  </td>
                  <td className="px-3 py-2 max-md:col-span-3 max-md:row-start-2 max-md:p-0 max-md:text-base">
                    <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                      <Link
                        ref={(el) => {
                          rows.current[index] = el;
                        }}
                        href={`/tickets/${item.number}`}
                        onFocus={() => setActive(index)}
                        className="font-medium text-link hover:underline"
                      >
                        {item.title}
                      </Link>
                      {item.visibility === "internal" ? <Badge>{tw("visibility.internal")}</Badge> : null}
                      {item.unread > 0 ? (
                        <Badge tone="info">
                          {item.unread >= UNREAD_CAP ? t("unreadMany") : t("unread", { count: item.unread })}
                        </Badge>
                      ) : null}
                    </div>
                    {item.assetName ? (
                      <span className="block text-xs text-muted-foreground">{item.assetName}</span>
                    ) : null}
                  </td>
                  <td className="px-3 py-2 max-md:col-span-2 max-md:row-start-4 max-md:p-0 max-md:text-muted-foreground">
                    {item.requester.name}
                  </td>
                  <td className="px-3 py-2 max-md:col-span-3 max-md:row-start-3 max-md:p-0">
                    <StatusBadge
                      name={item.status.name}
                      color={item.status.color}
                      archivedLabel={item.status.archived ? tc("archived") : null}
                    />
                  </td>
                  <td className="px-3 py-2 max-md:col-start-3 max-md:row-start-4 max-md:p-0 max-md:text-right max-md:text-muted-foreground">
                    <span className="sr-only md:hidden">{t("assignees")}: </span>
                    {item.assignees.join(", ") || tc("dash")}
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap text-muted-foreground max-md:col-start-3 max-md:row-start-1 max-md:p-0 max-md:text-xs">
                    <DateTime value={item.updatedAt} style="date" />
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap text-muted-foreground max-md:hidden">
                    <DateTime value={item.createdAt} style="date" />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {data.nextCursor || params.cursor ? (
        <nav aria-label={tc("pages")} className="flex justify-end gap-4 text-sm">
          {params.cursor ? (
            <Link
              href={`?${withCursor(search, null)}`}
              className="inline-flex min-h-11 items-center text-link hover:underline"
            >
              {tc("firstPage")}
            </Link>
          ) : null}
          {data.nextCursor ? (
            <Link
              href={`?${withCursor(search, data.nextCursor)}`}
              className="inline-flex min-h-11 items-center text-link hover:underline"
            >
              {tc("nextPage")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

/** A column header that sorts by its column; choosing it again turns the order around. */
function SortHeader({ sort, label, search }: { sort: TicketSort; label: string; search: URLSearchParams }) {
  const t = useTranslations("tickets.list");
  const current = (search.get("sort") as TicketSort | null) ?? "number";
  const dir = (search.get("dir") as SortDirection | null) ?? defaultDirection(current);
  const isCurrent = current === sort;
  const nextDir: SortDirection = isCurrent ? (dir === "asc" ? "desc" : "asc") : defaultDirection(sort);
  const next = new URLSearchParams(search);
  next.delete("cursor");
  next.set("sort", sort);
  next.set("dir", nextDir);
  const Icon = !isCurrent ? ArrowUpDown : dir === "asc" ? ArrowUp : ArrowDown;
  return (
    <th
      scope="col"
      className="px-3 py-2"
      aria-sort={isCurrent ? (dir === "asc" ? "ascending" : "descending") : "none"}
    >
      <Link
        href={`?${next}`}
        scroll={false}
        className="inline-flex items-center gap-1 uppercase hover:text-foreground"
        aria-label={t("sortBy", { column: label })}
      >
        {label}
        <Icon aria-hidden className={cn("size-3.5", !isCurrent && "opacity-50")} />
      </Link>
    </th>
  );
}

function withCursor(search: URLSearchParams, cursor: string | null) {
  const next = new URLSearchParams(search);
  if (cursor === null) next.delete("cursor");
  else next.set("cursor", cursor);
  return next.toString();
}
