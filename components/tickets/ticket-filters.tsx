"use client";

import { SlidersHorizontal } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useRef, useState, useTransition } from "react";
import { useDebouncedCallback } from "use-debounce";
import {
  defaultDirection,
  SORT_DIRECTIONS,
  type SortDirection,
  TICKET_SORTS,
  type TicketSort,
} from "@/lib/tickets/list-sorts";
import { TICKET_CATEGORIES, type TicketCategory } from "@/lib/workflow/ticket-categories";
import { Button } from "../ui/button";
import { Input, Label, NativeSelect } from "../ui/form-controls";

export type FilterOptions = {
  statuses: {
    id: string;
    name: string;
    category: TicketCategory;
    archived: boolean;
    ticketCount: number;
    takesPayment: boolean;
    writesOff: boolean;
  }[];
  employees: { id: string; name: string }[];
  assets: { id: string; name: string }[];
};

const SELECTS = ["status", "category", "assignee", "visibility", "asset"] as const;
/** Typing pauses this long before the list follows. */
const SEARCH_DELAY_MS = 300;

/**
 * Filters live in the URL, so a filtered overview can be bookmarked, shared and saved as a view.
 * Search follows as you type; the sort and the person filter (requester) are kept.
 */
export function TicketFilters({ options }: { options: FilterOptions }) {
  const t = useTranslations("tickets.filters");
  const tw = useTranslations("workflow");
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();
  const search = useRef<HTMLInputElement>(null);
  // Phones show the search and a "Filters" button; the selects open below it.
  const [open, setOpen] = useState(false);

  const navigate = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    next.delete("cursor");
    change(next);
    startTransition(() => router.replace(next.size ? `${pathname}?${next}` : pathname, { scroll: false }));
  };
  const searchNow = (value: string) =>
    navigate((next) => {
      if (value.trim()) next.set("q", value.trim());
      else next.delete("q");
    });
  const debouncedSearch = useDebouncedCallback(searchNow, SEARCH_DELAY_MS);
  // A view or a link changed the query under us: show its search text.
  const q = params.get("q") ?? "";
  useEffect(() => {
    if (search.current && document.activeElement !== search.current) search.current.value = q;
  }, [q]);

  const onSelect = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLSelectElement;
    if (target.tagName !== "SELECT" || !target.name) return;
    navigate((next) => {
      if (target.value) next.set(target.name, target.value);
      else next.delete(target.name);
    });
  };
  const value = (key: (typeof SELECTS)[number]) => params.get(key) ?? "";
  const active = SELECTS.filter((key) => params.get(key)).length;

  return (
    <form
      role="search"
      aria-label={t("label")}
      onSubmit={(event) => {
        event.preventDefault();
        debouncedSearch.cancel();
        searchNow(search.current?.value ?? "");
      }}
      onChange={onSelect}
      className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-7"
      aria-busy={pending}
    >
      <div className="col-span-2 space-y-1 md:col-span-3 xl:col-span-2">
        <Label htmlFor="filter-q">{t("search")}</Label>
        <div className="flex gap-2">
          <Input
            ref={search}
            id="filter-q"
            name="q"
            type="search"
            placeholder={t("searchPlaceholder")}
            defaultValue={q}
            onChange={(event) => debouncedSearch(event.target.value)}
            autoComplete="off"
          />
          <Button
            type="button"
            variant="outline"
            className="md:hidden"
            aria-expanded={open}
            aria-controls="ticket-filter-fields"
            onClick={() => setOpen((o) => !o)}
          >
            <SlidersHorizontal aria-hidden />
            {active ? t("filtersActive", { count: active }) : t("filters")}
          </Button>
        </div>
      </div>
      <div
        id="ticket-filter-fields"
        className={`${open ? "grid" : "hidden"} col-span-2 grid-cols-2 gap-3 md:col-span-3 md:grid md:grid-cols-3 xl:col-span-5 xl:grid-cols-5`}
      >
        <Select id="filter-status" label={t("status")} name="status" value={value("status")}>
          {/* Each option is named by its status alone; archived ones get a group of their own after
            their category's, and the per-status counts are in CategoryCounts. */}
          {TICKET_CATEGORIES.flatMap((category) => {
            const inCategory = options.statuses.filter((s) => s.category === category);
            const groups = [
              {
                key: category,
                label: tw(`categories.${category}`),
                items: inCategory.filter((s) => !s.archived),
              },
              {
                key: `${category}-archived`,
                label: t("archivedGroup", { category: tw(`categories.${category}`) }),
                items: inCategory.filter((s) => s.archived),
              },
            ];
            return groups
              .filter((group) => group.items.length > 0)
              .map((group) => (
                <optgroup key={group.key} label={group.label}>
                  {group.items.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </optgroup>
              ));
          })}
        </Select>
        <Select id="filter-category" label={t("category")} name="category" value={value("category")}>
          <option value="active">{t("activeCategories")}</option>
          {TICKET_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {tw(`categories.${category}`)}
            </option>
          ))}
        </Select>
        <Select id="filter-assignee" label={t("assignee")} name="assignee" value={value("assignee")}>
          <option value="me">{t("me")}</option>
          <option value="none">{t("nobody")}</option>
          {options.employees.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
            </option>
          ))}
        </Select>
        <Select id="filter-visibility" label={t("visibility")} name="visibility" value={value("visibility")}>
          <option value="internal">{tw("visibility.internal")}</option>
          <option value="public">{tw("visibility.public")}</option>
        </Select>
        <SortSelect />
        <Select id="filter-asset" label={t("asset")} name="asset" value={value("asset")}>
          {options.assets.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </Select>
      </div>
    </form>
  );
}

function Select(props: {
  id: string;
  label: string;
  name: string;
  value: string;
  children: React.ReactNode;
}) {
  const t = useTranslations("tickets.filters");
  return (
    <div className="min-w-0 space-y-1">
      <Label htmlFor={props.id}>{props.label}</Label>
      <NativeSelect id={props.id} name={props.name} defaultValue={props.value} key={props.value}>
        <option value="">{t("all")}</option>
        {props.children}
      </NativeSelect>
    </div>
  );
}

const SORT_CHOICES = TICKET_SORTS.flatMap((sort) => SORT_DIRECTIONS.map((dir) => ({ sort, dir })));

/** Phones sort here: the table's column headers are not shown there. */
function SortSelect() {
  const t = useTranslations("tickets.filters");
  const tl = useTranslations("tickets.list");
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const sort = (params.get("sort") as TicketSort | null) ?? "number";
  const dir = (params.get("dir") as SortDirection | null) ?? defaultDirection(sort);
  const column = {
    number: tl("number"),
    updated: tl("updated"),
    created: tl("created"),
    status: tl("status"),
  };
  return (
    <div className="min-w-0 space-y-1 md:hidden">
      <Label htmlFor="filter-sort">{t("sort")}</Label>
      <NativeSelect
        id="filter-sort"
        value={`${sort}:${dir}`}
        // Not a filter: the form's change handler ignores it, this one navigates.
        onChange={(event) => {
          event.stopPropagation();
          const [nextSort, nextDir] = event.target.value.split(":");
          const next = new URLSearchParams(params);
          next.delete("cursor");
          next.set("sort", nextSort!);
          next.set("dir", nextDir!);
          router.replace(`${pathname}?${next}`, { scroll: false });
        }}
      >
        {SORT_CHOICES.map((choice) => (
          <option key={`${choice.sort}:${choice.dir}`} value={`${choice.sort}:${choice.dir}`}>
            {t(choice.dir === "asc" ? "sortAsc" : "sortDesc", { column: column[choice.sort] })}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
