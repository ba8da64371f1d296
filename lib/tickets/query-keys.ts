import { workItemKeys } from "../work-items/query-keys";

/** React Query keys for tickets; live updates invalidate the whole "tickets" prefix. */
export const ticketKeys = workItemKeys("ticket");
