import { describe, expect, it } from "vitest";
import { TICKET_CATEGORIES } from "../workflow/ticket-categories";
import { customerAttention } from "./customer-attention";

describe("customerAttention: what a ticket asks of the customer who created it", () => {
  it.each(TICKET_CATEGORIES)("%s", (category) => {
    const rating = customerAttention(category, true, "rating");
    const confirmation = customerAttention(category, true, "confirmation");
    const immediate = customerAttention(category, true, "immediate");
    if (category === "waiting_customer")
      expect([rating, confirmation, immediate]).toEqual(["answer", "answer", "answer"]);
    else if (category === "done")
      expect([rating, confirmation, immediate]).toEqual(["rate", "confirm", null]);
    else expect([rating, confirmation, immediate]).toEqual([null, null, null]);
  });

  it("asks nothing of another holder of the asset", () => {
    for (const category of TICKET_CATEGORIES) expect(customerAttention(category, false, "rating")).toBeNull();
  });
});
