"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { ticketKeys } from "@/lib/tickets/query-keys";
import type { CategoryCount, StatusCount } from "@/lib/tickets/types";
import { cn } from "@/lib/ui/cn";
import { CATEGORY_LABELS, type TicketCategory } from "@/lib/workflow/ticket-categories";
import { fetchJson } from "./ticket-fetch";

type Counts = { statuses: StatusCount[]; categories: CategoryCount[] };

export function CategoryCounts({ initial, active }: { initial: Counts; active?: TicketCategory }) {
  const { data } = useQuery({
    queryKey: ticketKeys.counts(),
    queryFn: () => fetchJson<Counts>("/api/tickets/counts"),
    initialData: initial,
  });
  return (
    <ul aria-label="Tickets per category" className="flex flex-wrap gap-2">
      {data.categories
        .filter((c) => c.category !== "draft")
        .map((c) => (
          <li key={c.category}>
            <Link
              href={active === c.category ? "/tickets" : `/tickets?category=${c.category}`}
              aria-current={active === c.category ? "true" : undefined}
              className={cn(
                "flex items-center gap-2 rounded-full border px-3 py-1 text-sm",
                active === c.category
                  ? "border-blue-600 bg-blue-600 text-white"
                  : "border-slate-200 bg-white text-slate-700 hover:bg-slate-50",
              )}
            >
              {CATEGORY_LABELS[c.category]}
              <span className={cn("font-semibold", active === c.category ? "text-white" : "text-slate-900")}>
                {c.count}
              </span>
            </Link>
          </li>
        ))}
    </ul>
  );
}
