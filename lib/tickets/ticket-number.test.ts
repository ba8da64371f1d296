import { describe, expect, it } from "vitest";
import { parseTicketNumber, ticketPageTitle } from "./ticket-number";

describe("parseTicketNumber", () => {
  it.each([
    ["1042", 1042],
    ["T-1042", 1042],
    ["t1042", 1042],
    ["T%2D1042", 1042],
  ])("reads %s as %s", (raw, number) => {
    expect(parseTicketNumber(raw)).toBe(number);
  });

  it.each(["%", "%E0%A4%A", "T-", "abc", "1042x", "-5", "1234567890"])("reads %s as no ticket", (raw) => {
    expect(parseTicketNumber(raw)).toBeNull();
  });

  it("titles a page by the number it names, or plainly", () => {
    expect(ticketPageTitle("T-1042")).toBe("T-1042");
    expect(ticketPageTitle("%")).toBe("Ticket");
  });
});
