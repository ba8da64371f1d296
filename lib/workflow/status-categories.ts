import { SESSION_CATEGORIES } from "./session-workflow";
import { TASK_CATEGORIES } from "./task-workflow";
import { TICKET_CATEGORIES } from "./ticket-categories";

/** Every category a status row may have, over all kinds (each kind uses its own subset). */
export const STATUS_CATEGORIES = [
  ...new Set([...TICKET_CATEGORIES, ...SESSION_CATEGORIES, ...TASK_CATEGORIES]),
] as unknown as readonly [
  (typeof TICKET_CATEGORIES)[number] | (typeof SESSION_CATEGORIES)[number] | (typeof TASK_CATEGORIES)[number],
  ...(
    | (typeof TICKET_CATEGORIES)[number]
    | (typeof SESSION_CATEGORIES)[number]
    | (typeof TASK_CATEGORIES)[number]
  )[],
];
export type StatusCategory = (typeof STATUS_CATEGORIES)[number];
