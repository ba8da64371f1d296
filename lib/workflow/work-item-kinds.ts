/** The kinds of work item (workflow.md 2–4): each has its own statuses, rule table and numbers. */
export const WORK_ITEM_KINDS = ["ticket", "video_session", "task"] as const;
export type WorkItemKind = (typeof WORK_ITEM_KINDS)[number];

/** The letter before an item's number: T-1042, V-1001, K-1001. */
export function numberPrefix(kind: WorkItemKind): string {
  switch (kind) {
    case "ticket":
      return "T";
    case "video_session":
      return "V";
    case "task":
      return "K";
  }
}

export function formatItemNumber(kind: WorkItemKind, number: number): string {
  return `${numberPrefix(kind)}-${number}`;
}
