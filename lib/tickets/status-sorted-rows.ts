import { and, desc, eq, lt, type SQL, sql } from "drizzle-orm";
import { tickets } from "@/db/schema";
import type { Ctx } from "../context";
import type { StatusRow } from "../statuses/load-statuses";
import type { ListRow, ListSelect } from "./list-rows";

/**
 * A page of tickets sorted by status (bar order, then newest first), in one statement: first the
 * page's ticket numbers, read as one index range per status, then the rows of just those. Statuses
 * without tickets are skipped; when only statuses are filtered the counters tell how many statuses
 * fill the page, and later ones are not read at all. The employee's own drafts come from their own
 * index (everyone else's drafts are invisible, so reading the draft status's range would mean
 * reading all of them).
 */
export async function statusSortedRows(
  ctx: Ctx,
  input: {
    select: () => ListSelect;
    /** What the actor may see. */
    visible: SQL;
    /** The query's filters but status and position. */
    conditions: SQL[];
    /** The statuses the filters allow, in the order of the sort. */
    ordered: readonly StatusRow[];
    cursor: { value: string; number: number } | null;
    draftId: string;
    /** Tickets per status, from the counters (read together with the statuses); Draft: the actor's own. */
    counts: ReadonlyMap<string, number>;
    /** Whether the counters count exactly what the filters match (no filter but status/category). */
    exactCounts: boolean;
    limit: number;
  },
): Promise<ListRow[]> {
  const { conditions, draftId, limit, counts } = input;
  // A cursor whose status is gone from the list (archived away, filtered out) starts over.
  const found = input.cursor ? input.ordered.findIndex((s) => s.id === input.cursor?.value) : -1;
  const cursor = found < 0 ? null : input.cursor;
  const candidates = input.ordered.slice(Math.max(found, 0));
  if (candidates.length === 0) return [];
  const after = (statusId: string) => (cursor && cursor.value === statusId ? cursor.number : null);
  // Employees see every ticket but others' drafts, and drafts are read apart: the ranges need no
  // visibility check, so they come from the status index alone.
  const visible = ctx.actor.role === "code_user" ? input.visible : undefined;

  // The employee's own drafts count as the Draft status's tickets.
  const withTickets = candidates.map((s) => s.id).filter((id) => (counts.get(id) ?? 0) > 0);
  let pruned = withTickets;
  if (input.exactCounts) {
    // Only a status read from its start counts towards the page (the cursor's is read part-way).
    let surely = 0;
    const enough = withTickets.findIndex((id) => {
      if (after(id) === null) surely += counts.get(id) ?? 0;
      return surely >= limit;
    });
    if (enough >= 0) pruned = withTickets.slice(0, enough + 1);
  }

  // Each status's id is written into the statement, not bound: the planner then knows how many
  // tickets it holds and reads a rare status from the status index rather than walking the
  // number index past every other ticket (as it would for an unknown id).
  const rangeWhere = (id: string) =>
    and(
      visible,
      ...conditions,
      sql`${tickets.statusId} = ${sql.raw(`'${uuidLiteral(id)}'::uuid`)}`,
      id === draftId ? eq(tickets.creatorId, ctx.actor.id) : undefined,
      after(id) === null ? undefined : lt(tickets.number, after(id)!),
    );
  const rangeOf = (id: string, rank: number) =>
    sql`(select ${tickets.number}, ${sql.raw(String(rank))}::bigint as srank from ${tickets} where ${rangeWhere(id)} order by ${tickets.number} desc limit ${limit})`;

  const read = async (ids: readonly string[]): Promise<ListRow[]> => {
    const [only, ...more] = ids;
    if (!only) return [];
    // Often one status fills the page: then it is the plain list of that status.
    if (more.length === 0) {
      return input.select().where(rangeWhere(only)).orderBy(desc(tickets.number)).limit(limit);
    }
    const ranges = sql.join(
      ids.map((id, rank) => rangeOf(id, rank)),
      sql` union all `,
    );
    const page = sql`(select number, srank from (${ranges}) ranges order by srank, number desc limit ${limit}) as p`;
    return input
      .select()
      .innerJoin(page, sql`p.number = ${tickets.number}`)
      .orderBy(sql`p.srank`, desc(tickets.number));
  };
  // The counters cannot say how much of the cursor's status is left, but most pages end inside it:
  // it is read alone first, and the statuses after it only when it runs out.
  const readFrom = async (ids: readonly string[]): Promise<ListRow[]> => {
    const [head, ...rest] = ids;
    if (head === undefined || head !== cursor?.value || rest.length === 0) return read(ids);
    const inside = await read([head]);
    return inside.length >= limit ? inside : [...inside, ...(await read(rest))].slice(0, limit);
  };
  const first = await readFrom(pruned);
  // A counter read just before a status lost tickets: read the statuses the pruning left out too.
  return first.length < limit && pruned.length < withTickets.length ? readFrom(withTickets) : first;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A status id fit to stand in SQL text; ids come from the statuses table, this only makes sure. */
function uuidLiteral(id: string): string {
  if (!UUID.test(id)) throw new Error(`not a status id: ${id}`);
  return id;
}
