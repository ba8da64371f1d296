import { and, desc, eq, lt, type SQL, sql } from "drizzle-orm";
import { tickets } from "@/db/schema";
import type { Ctx } from "../context";
import type { StatusRow } from "../statuses/load-statuses";
import type { ListRow, ListSelect } from "./list-rows";

/**
 * A page of tickets sorted by status (bar order, then newest first), read as one index range per
 * status. Statuses without tickets are skipped; when only statuses are filtered the counters tell
 * how many statuses fill the page, and later ones are not read at all. The employee's own drafts
 * come from their own index (everyone else's drafts are invisible, so reading the draft status's
 * range would mean reading all of them).
 */
export async function statusSortedRows(
  ctx: Ctx,
  input: {
    select: () => ListSelect;
    where: SQL[];
    /** The statuses the filters allow, in the order of the sort. */
    ordered: readonly StatusRow[];
    cursor: { value: string; number: number } | null;
    draftId: string;
    /** Tickets per status, from the counters (read together with the statuses). */
    counts: ReadonlyMap<string, number>;
    /** Whether the counters count exactly what the filters match (no filter but status/category). */
    exactCounts: boolean;
    limit: number;
  },
): Promise<ListRow[]> {
  const { select, where, draftId, limit, counts } = input;
  // A cursor whose status is gone from the list (archived away, filtered out) starts over.
  const found = input.cursor ? input.ordered.findIndex((s) => s.id === input.cursor?.value) : -1;
  const cursor = found < 0 ? null : input.cursor;
  const candidates = input.ordered.slice(Math.max(found, 0));
  if (candidates.length === 0) return [];
  const after = (statusId: string) => (cursor && cursor.value === statusId ? cursor.number : null);

  const withTickets = candidates
    .filter((s) => s.id !== draftId && (counts.get(s.id) ?? 0) > 0)
    .map((s) => s.id);
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

  const drafts = candidates.some((s) => s.id === draftId)
    ? select()
        .where(
          and(
            ...where,
            eq(tickets.statusId, draftId),
            eq(tickets.creatorId, ctx.actor.id),
            after(draftId) === null ? undefined : lt(tickets.number, after(draftId)!),
          ),
        )
        .orderBy(desc(tickets.number))
        .limit(limit)
    : Promise.resolve([]);

  const branch = select()
    .where(
      and(
        ...where,
        sql`${tickets.statusId} = s.sid`,
        cursor && cursor.value !== draftId
          ? sql`(s.sid <> ${cursor.value}::uuid or ${tickets.number} < ${cursor.number})`
          : undefined,
      ),
    )
    .orderBy(desc(tickets.number))
    .limit(limit)
    .as("x");
  // The statuses in order, each at most a page of its newest tickets, in one statement.
  const others = (ids: readonly string[]): Promise<ListRow[]> =>
    ids.length === 0
      ? Promise.resolve([])
      : ctx.db
          .select({
            id: branch.id,
            number: branch.number,
            version: branch.version,
            title: branch.title,
            visibility: branch.visibility,
            creatorId: branch.creatorId,
            requesterName: branch.requesterName,
            statusId: branch.statusId,
            assetName: branch.assetName,
            assignees: branch.assignees,
            createdKey: branch.createdKey,
            updatedKey: branch.updatedKey,
          })
          .from(
            sql`unnest(array[${sql.join(
              ids.map((id) => sql`${id}`),
              sql`, `,
            )}]::uuid[]) with ordinality as s(sid, srank)`,
          )
          .crossJoinLateral(branch)
          .orderBy(sql`s.srank`, desc(branch.number))
          .limit(limit);
  const [own, first] = await Promise.all([drafts, others(pruned)]);
  // A counter read just before a status lost tickets: read the statuses the pruning left out too.
  const rest = first.length < limit && pruned.length < withTickets.length ? await others(withTickets) : first;
  // Draft is the first step of the bar: first going up, last going down.
  const draftFirst = candidates[0]?.id === draftId;
  return (draftFirst ? [...own, ...rest] : [...rest, ...own]).slice(0, limit);
}
