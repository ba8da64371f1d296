import type { DonePolicyMode } from "../workflow/done-policy";
import type { TicketCategory } from "../workflow/ticket-categories";
import type { CustomerAttention } from "./types";

/**
 * What a ticket waits for from the customer who created it: an answer while it awaits the
 * customer, a rating or a confirmation once done (per the done policy). Never the status' name.
 */
export function customerAttention(
  category: TicketCategory,
  mine: boolean,
  policy: DonePolicyMode,
): CustomerAttention {
  if (!mine) return null;
  if (category === "waiting_customer") return "answer";
  if (category !== "done") return null;
  switch (policy) {
    case "rating":
      return "rate";
    case "confirmation":
      return "confirm";
    case "immediate":
      return null;
  }
}
