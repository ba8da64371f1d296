"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { ticketKeys } from "@/lib/tickets/query-keys";
import type { CategoryCount, StatusCount } from "@/lib/tickets/types";
import { cn } from "@/lib/ui/cn";
import type { TicketCategory } from "@/lib/workflow/ticket-categories";
import { fetchJson } from "./ticket-fetch";

type Counts = { statuses: StatusCount[]; categories: CategoryCount[] };

const chip = (current: boolean) =>
  cn(
    "flex min-h-11 items-center gap-2 rounded-full border px-3 py-1 text-sm whitespace-nowrap sm:min-h-0",
    current
      ? "border-primary bg-primary text-primary-foreground"
      : "border-border bg-card text-foreground hover:bg-accent",
  );

/**
 * Tickets per category; with a category (or one of its statuses) filtered, also tickets per status
 * of that category, archived statuses included.
 */
export function CategoryCounts({ initial, active }: { initial: Counts; active?: TicketCategory }) {
  const t = useTranslations();
  const format = useFormatter();
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
      <ul
        aria-label={t("tickets.counts.perCategory")}
        className="-mx-3 flex gap-2 overflow-x-auto px-3 pb-1 md:mx-0 md:flex-wrap md:overflow-visible md:px-0 md:pb-0"
      >
        {data.categories
          .filter((c) => c.category !== "draft")
          .map((c) => (
            <li key={c.category}>
              <Link
                href={active === c.category ? "/tickets" : `/tickets?category=${c.category}`}
                aria-current={active === c.category ? "true" : undefined}
                className={chip(active === c.category)}
              >
                {t(`workflow.categories.${c.category}`)}{" "}
                <span className="font-semibold tabular-nums">{format.number(c.count)}</span>
              </Link>
            </li>
          ))}
      </ul>
      {inCategory.length > 0 ? (
        <ul
          aria-label={t("tickets.counts.perStatus")}
          className="flex flex-wrap gap-2 border-l-2 border-primary-soft-border pl-3"
        >
          {inCategory.map((s) => {
            const current = s.id === activeStatus;
            return (
              <li key={s.id}>
                <Link
                  href={`/tickets?status=${s.id}`}
                  aria-current={current ? "true" : undefined}
                  className={cn(chip(current), "py-0.5", s.archived && !current && "border-dashed")}
                >
                  {s.name}{" "}
                  {s.archived ? <span className="text-xs opacity-80">{t("common.archived")}</span> : null}{" "}
                  <span className="font-semibold tabular-nums">{format.number(s.count)}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
