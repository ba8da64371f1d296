/** Where a row starts when it creates the item: the "(new)" of the spec's tables. */
export const NEW = "(new)" as const;
export type New = typeof NEW;

/**
 * One row of a kind's transition table: from any of `from` to any of `to`, for any of the parties
 * `who`, through any of the triggers `via`. Anything no row allows is refused.
 */
export type TransitionRow<C extends string, P extends string, T extends string> = {
  readonly from: readonly (C | New)[];
  readonly to: readonly C[];
  readonly who: readonly P[];
  readonly via: readonly T[];
  readonly note: string;
};

export type TransitionTable<C extends string, P extends string, T extends string> = readonly TransitionRow<
  C,
  P,
  T
>[];

export function findTableRow<C extends string, P extends string, T extends string>(
  table: TransitionTable<C, P, T>,
  from: C | New,
  to: C,
  parties: readonly P[],
  via: T,
): TransitionRow<C, P, T> | undefined {
  return table.find(
    (row) =>
      row.from.includes(from) &&
      row.to.includes(to) &&
      row.via.includes(via) &&
      row.who.some((party) => parties.includes(party)),
  );
}

/** Parties that may leave `category` through `via` (to another category). */
export function partiesLeavingVia<C extends string, P extends string, T extends string>(
  table: TransitionTable<C, P, T>,
  category: C,
  via: T,
): readonly P[] {
  const parties = new Set<P>();
  for (const row of table) {
    if (row.from.includes(category) && row.via.includes(via) && row.to.some((to) => to !== category)) {
      for (const party of row.who) parties.add(party);
    }
  }
  return [...parties];
}
