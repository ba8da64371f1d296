"use client";

import { useWorkItemCommand } from "../work-items/use-work-item-command";

export { type Success, UNDO_MS } from "../work-items/use-work-item-command";

export const useTicketCommand = (number: number) => useWorkItemCommand("ticket", number);
