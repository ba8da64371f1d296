/**
 * The views every employee has, before any of their own (names in tickets.views.builtIn.*).
 * "Unassigned" is the Open category: a ticket past Open always has an assignee, so the two are the
 * same tickets, and the counters count them exactly.
 */
export const BUILT_IN_VIEWS = [
  { key: "all", query: "" },
  { key: "mine", query: "assignee=me&category=active" },
  { key: "unassigned", query: "category=open" },
  { key: "waiting", query: "category=waiting_customer" },
] as const;
export type BuiltInViewKey = (typeof BUILT_IN_VIEWS)[number]["key"];
