import type { WorkItemKind } from "../workflow/work-item-kinds";

const ROOTS = { ticket: "tickets", video_session: "video-sessions", task: "tasks" } as const satisfies Record<
  WorkItemKind,
  string
>;

/** React Query keys of one kind; a live signal invalidates its detail, lists and counts. */
export function workItemKeys<K extends WorkItemKind>(kind: K) {
  const root = ROOTS[kind];
  return {
    all: [root] as const,
    lists: () => [root, "list"] as const,
    list: (params: Record<string, string | undefined>) => [root, "list", params] as const,
    detail: (number: number) => [root, "detail", number] as const,
    counts: () => [root, "counts"] as const,
  };
}
