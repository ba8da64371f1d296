"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { type FormEvent, useTransition } from "react";
import { CATEGORY_LABELS, TICKET_CATEGORIES, type TicketCategory } from "@/lib/workflow/ticket-categories";
import { Button } from "../ui/button";
import { Input, Label, NativeSelect } from "../ui/form-controls";

export type FilterOptions = {
  statuses: { id: string; name: string; category: TicketCategory; archived: boolean; ticketCount: number }[];
  employees: { id: string; name: string }[];
  assets: { id: string; name: string }[];
};

const FIELDS = ["status", "category", "assignee", "visibility", "asset", "q"] as const;

/** Filters live in the URL, so a filtered overview can be bookmarked and shared. */
export function TicketFilters({ options }: { options: FilterOptions }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, startTransition] = useTransition();

  const apply = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const next = new URLSearchParams();
    for (const field of FIELDS) {
      const value = String(data.get(field) ?? "").trim();
      if (value) next.set(field, value);
    }
    startTransition(() => router.push(next.size ? `${pathname}?${next}` : pathname));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(event.currentTarget);
  };
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    if ((event.target as HTMLElement).tagName === "SELECT") apply(event.currentTarget);
  };
  const value = (key: string) => params.get(key) ?? "";

  return (
    <form
      role="search"
      aria-label="Filter tickets"
      onSubmit={onSubmit}
      onChange={onChange}
      className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6"
      aria-busy={pending}
    >
      <div className="col-span-2 space-y-1 md:col-span-3 lg:col-span-2">
        <Label htmlFor="filter-q">Search</Label>
        <div className="flex gap-2">
          <Input
            id="filter-q"
            name="q"
            placeholder="Title or number, e.g. T-1042"
            defaultValue={value("q")}
          />
          <Button type="submit" variant="outline">
            Search
          </Button>
        </div>
      </div>
      <Select id="filter-status" label="Status" name="status" value={value("status")}>
        {/* Each option is named by its status alone; archived ones get a group of their own after
            their category's, and the per-status counts are in CategoryCounts. */}
        {TICKET_CATEGORIES.flatMap((category) => {
          const inCategory = options.statuses.filter((s) => s.category === category);
          const groups = [
            { key: category, label: CATEGORY_LABELS[category], items: inCategory.filter((s) => !s.archived) },
            {
              key: `${category}-archived`,
              label: `${CATEGORY_LABELS[category]} — archived`,
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
      <Select id="filter-category" label="Category" name="category" value={value("category")}>
        {TICKET_CATEGORIES.map((category) => (
          <option key={category} value={category}>
            {CATEGORY_LABELS[category]}
          </option>
        ))}
      </Select>
      <Select id="filter-assignee" label="Assignee" name="assignee" value={value("assignee")}>
        <option value="me">Me</option>
        <option value="none">Nobody</option>
        {options.employees.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
      </Select>
      <Select id="filter-visibility" label="Visibility" name="visibility" value={value("visibility")}>
        <option value="internal">Internal</option>
        <option value="public">Public</option>
      </Select>
      <Select id="filter-asset" label="Asset" name="asset" value={value("asset")}>
        {options.assets.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </Select>
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
  return (
    <div className="space-y-1">
      <Label htmlFor={props.id}>{props.label}</Label>
      <NativeSelect id={props.id} name={props.name} defaultValue={props.value} key={props.value}>
        <option value="">All</option>
        {props.children}
      </NativeSelect>
    </div>
  );
}
