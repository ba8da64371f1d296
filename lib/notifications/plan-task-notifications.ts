/** What the outbox row of a task event carries (see work-items/outbox-row.ts). */
export type TaskEventPayload = {
  kind: "task";
  itemId: string;
  number: number;
  actorId: string | null;
  eventId: number;
  event:
    | { type: "created"; assigneeId: string | null }
    | { type: "assignee_changed"; to: string | null }
    | { type: string };
};

/** A task given to someone other than the one giving it tells its new assignee (in-app only). */
export function planTaskNotifications(
  payload: TaskEventPayload,
): { userId: string; kind: "task_assigned" }[] {
  const { event } = payload;
  const to =
    event.type === "created" && "assigneeId" in event
      ? event.assigneeId
      : event.type === "assignee_changed" && "to" in event
        ? event.to
        : null;
  if (typeof to !== "string" || to === payload.actorId) return [];
  return [{ userId: to, kind: "task_assigned" }];
}
