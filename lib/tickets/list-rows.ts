import { eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { assets, ticketAssignees, tickets, users } from "@/db/schema";
import type { TicketSort } from "./list-query";

const requester = alias(users, "requester");

/** The columns of a list row, each under its own name (the status sort reads them from a subquery). */
export const listColumns = {
  id: sql<string>`${tickets.id}`.as("id"),
  number: sql<number>`${tickets.number}`.as("number"),
  version: sql<number>`${tickets.version}`.as("version"),
  title: sql<string>`${tickets.title}`.as("title"),
  visibility: sql<"internal" | "public">`${tickets.visibility}`.as("visibility"),
  creatorId: sql<string>`${tickets.creatorId}`.as("creator_id"),
  requesterName: sql<string>`${requester.name}`.as("requester_name"),
  statusId: sql<string>`${tickets.statusId}`.as("status_id"),
  assetName: sql<string | null>`${assets.name}`.as("asset_name"),
  // In the same statement: a page's assignees cost no second round trip.
  assignees: sql<
    string[]
  >`array(select ${users.name} from ${ticketAssignees} join ${users} on ${users.id} = ${ticketAssignees.userId} where ${ticketAssignees.ticketId} = ${tickets.id} order by ${users.name})`.as(
    "assignees",
  ),
  // Text at full precision: the keyset needs the microseconds a JS Date drops.
  createdKey: sql<string>`${tickets.createdAt}::text`.as("created_key"),
  updatedKey: sql<string>`${tickets.updatedAt}::text`.as("updated_key"),
};

export type ListRow = {
  id: string;
  number: number;
  version: number;
  title: string;
  visibility: "internal" | "public";
  creatorId: string;
  requesterName: string;
  statusId: string;
  assetName: string | null;
  assignees: string[];
  createdKey: string;
  updatedKey: string;
};

/** A timestamp's text as PostgreSQL wrote it, as an ISO string for the page. */
export const isoOf = (text: string) =>
  new Date(text.replace(" ", "T").replace(/([+-]\d{2})$/, "$1:00")).toISOString();

/** A timestamp as PostgreSQL writes it (`2026-06-01 10:00:00.123456+00`), which it reads back exactly. */
const PG_TIMESTAMP =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?[+-]\d{2}(:?\d{2})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * "<value>~<number>": the sort value (a timestamp, a status id, nothing) and the ticket number. A
 * cursor that does not fit the sort (edited, or from another sort) means the first page.
 */
export function parseCursor(
  sort: TicketSort,
  raw: string | undefined,
): { value: string; number: number } | null {
  if (!raw) return null;
  const at = raw.lastIndexOf("~");
  const number = Number(at < 0 ? raw : raw.slice(at + 1));
  if (!/^\d+$/.test(at < 0 ? raw : raw.slice(at + 1)) || number <= 0 || number > 2_147_483_647) return null;
  const value = at < 0 ? "" : raw.slice(0, at);
  switch (sort) {
    case "number":
      return value === "" ? { value, number } : null;
    case "updated":
    case "created":
      return PG_TIMESTAMP.test(value) ? { value, number } : null;
    case "status":
      return UUID.test(value) ? { value, number } : null;
  }
}

export function cursorOf(sort: TicketSort, row: ListRow): string {
  switch (sort) {
    case "number":
      return String(row.number);
    case "updated":
      return `${row.updatedKey}~${row.number}`;
    case "created":
      return `${row.createdKey}~${row.number}`;
    case "status":
      return `${row.statusId}~${row.number}`;
  }
}

/** The list's SELECT: the columns above, with requester and asset joined; the caller adds the rest. */
export const selectListRows = (db: Db) =>
  db
    .select(listColumns)
    .from(tickets)
    .innerJoin(requester, eq(requester.id, tickets.creatorId))
    .leftJoin(assets, eq(assets.id, tickets.assetId));
export type ListSelect = ReturnType<typeof selectListRows>;
