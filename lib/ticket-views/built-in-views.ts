/** The views every employee has, before any of their own (names in tickets.views.builtIn.*). */
export const BUILT_IN_VIEWS = [
  { key: "all", query: "" },
  { key: "mine", query: "assignee=me&category=active" },
  { key: "unassigned", query: "assignee=none&category=active" },
  { key: "waiting", query: "category=waiting_customer" },
] as const;
export type BuiltInViewKey = (typeof BUILT_IN_VIEWS)[number]["key"];
