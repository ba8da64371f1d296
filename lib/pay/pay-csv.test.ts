import { describe, expect, it } from "vitest";
import { translator } from "../i18n/translate";
import { buildPayCsv, centsToUnits, csvField, payCsvFilename } from "./pay-csv";

const english = translator("en", "UTC");

describe("pay CSV", () => {
  it("quotes fields with commas, quotes and line breaks, doubling inner quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("Smith, Jo")).toBe('"Smith, Jo"');
    expect(csvField('Jo "JJ" Smith')).toBe('"Jo ""JJ"" Smith"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rlf")).toBe('"cr\rlf"');
    expect(csvField("")).toBe("");
  });

  it("keeps spreadsheet formulas in names from running", () => {
    expect(csvField("=HYPERLINK(1)", { text: true })).toBe("'=HYPERLINK(1)");
    expect(csvField("+1,2", { text: true })).toBe(`"'+1,2"`);
    expect(csvField("@me", { text: true })).toBe("'@me");
    expect(csvField("-12.50")).toBe("-12.50");
  });

  it("writes amounts in currency units with two decimals", () => {
    expect(centsToUnits(0)).toBe("0.00");
    expect(centsToUnits(5)).toBe("0.05");
    expect(centsToUnits(1250)).toBe("12.50");
    expect(centsToUnits(-1250)).toBe("-12.50");
    expect(centsToUnits(-7)).toBe("-0.07");
    expect(centsToUnits(123456789)).toBe("1234567.89");
  });

  it("builds a header and one CRLF line per entry", () => {
    const csv = buildPayCsv(
      "2025-03",
      [
        {
          employee: 'O\'Neil, "Pat"',
          email: "pat@example.com",
          ticketNumber: 1042,
          kind: "reversal",
          amountCents: -2500,
          createdAt: new Date("2025-03-04T05:06:07.089Z"),
        },
      ],
      english.t,
    );
    expect(csv).toBe(
      "month,employee,email,ticket,kind,amount,created_at\r\n" +
        '2025-03,"O\'Neil, ""Pat""",pat@example.com,T-1042,reversal,-25.00,2025-03-04T05:06:07.089Z\r\n',
    );
    expect(payCsvFilename("2025-03")).toBe("pay-2025-03.csv");
  });
});
