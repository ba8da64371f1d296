"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { ticketKeys } from "@/lib/tickets/query-keys";
import type { CategoryCount, StatusCount } from "@/lib/tickets/types";
import { cn } from "@/lib/ui/cn";
import { CATEGORY_LABELS, type TicketCategory } from "@/lib/workflow/ticket-categories";
import { fetchJson } from "./ticket-fetch";

type Counts = { statuses: StatusCount[]; categories: CategoryCount[] };

const chip = (current: boolean) =>
  cn(
    "flex items-center gap-2 rounded-full border px-3 py-1 text-sm",
    current
      ? "border-blue-600 bg-blue-600 text-white"
      : "border-slate-200 bg-white text-slate-700 hover:bg-slate-50",
  );

/**
 * Tickets per category; with a category (or one of its statuses) filtered, also tickets per status
 * of that category, archived statuses included.
 */
export function CategoryCounts({ initial, active }: { initial: Counts; active?: TicketCategory }) {
  const { data } = useQuery({
    queryKey: ticketKeys.counts(),
    queryFn: () => fetchJson<Counts>("/api/tickets/counts"),
    initialData: initial,
  });
  const activeStatus = useSearchParams().get("status");
  const category = active ?? data.statuses.find((s) => s.id === activeStatus)?.category;
  const inCategory = category ? data.statuses.filter((s) => s.category === category) : [];
  return (
    <div className="space-y-2">
      <ul aria-label="Tickets per category" className="flex flex-wrap gap-2">
        {data.categories
          .filter((c) => c.category !== "draft")
          .map((c) => (
            <li key={c.category}>
              <Link
                href={active === c.category ? "/tickets" : `/tickets?category=${c.category}`}
                aria-current={active === c.category ? "true" : undefined}
                className={chip(active === c.category)}
              >
                {CATEGORY_LABELS[c.category]}{" "}
                <span
                  className={cn("font-semibold", active === c.category ? "text-white" : "text-slate-900")}
                >
                  {c.count}
                </span>
              </Link>
            </li>
          ))}
      </ul>
      {inCategory.length > 0 ? (
        <ul aria-label="Tickets per status" className="flex flex-wrap gap-2 border-l-2 border-blue-200 pl-3">
          {inCategory.map((s) => {
            const current = s.id === activeStatus;
            return (
              <li key={s.id}>
                <Link
                  href={`/tickets?status=${s.id}`}
                  aria-current={current ? "true" : undefined}
                  className={cn(
                    chip(current),
                    "py-0.5",
                    s.archived && !current && "border-dashed text-slate-500",
                  )}
                >
                  {s.name}{" "}
                  {s.archived ? (
                    <span className={cn("text-xs", current ? "text-blue-100" : "text-slate-500")}>
                      (archived)
                    </span>
                  ) : null}{" "}
                  <span className={cn("font-semibold", current ? "text-white" : "text-slate-900")}>
                    {s.count}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
