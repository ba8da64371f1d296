import type { MessageKey } from "../i18n/msg";
import { translator } from "../i18n/translate";
import type { PayMonth } from "./queries";

/** Any translator (the server's Translator.t, or next-intl's root t). */
type Translate = (key: MessageKey) => string;

/** One pay entry as a CSV line (Settings → Pay → Download CSV). */
export type PayCsvRow = {
  employee: string;
  email: string;
  ticketNumber: number;
  kind: "calculation" | "reversal";
  amountCents: number;
  createdAt: Date;
};

/** The columns, in order; their headers are `settings.pay.csv.columns.<column>` in the reader's language. */
export const PAY_CSV_COLUMNS = [
  "month",
  "employee",
  "email",
  "ticket",
  "kind",
  "amount",
  "createdAt",
] as const;

/** English, for callers without a reader (tests, scripts). */
const englishT: Translate = (key) => translator("en", "UTC").t(key);

/** "-1250" → "-12.50": currency units with two decimals, in integer arithmetic (no float drift). */
export function centsToUnits(cents: number): string {
  const abs = Math.abs(Math.trunc(cents));
  const units = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
  return cents < 0 && abs !== 0 ? `-${units}` : units;
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, or line break, inner quotes doubled.
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe.
 */
export function csvField(value: string, { text = false }: { text?: boolean } = {}): string {
  const safe = text && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The month's pay entries as CSV: a header, then one line per entry, CRLF line ends. Headers and
 * kinds are in the reader's language; amounts and dates stay machine-readable.
 */
export function buildPayCsv(month: string, rows: readonly PayCsvRow[], t: Translate = englishT): string {
  const lines = [
    PAY_CSV_COLUMNS.map((column) => csvField(t(`settings.pay.csv.columns.${column}`))).join(","),
  ];
  for (const row of rows) {
    lines.push(
      [
        csvField(month),
        csvField(row.employee, { text: true }),
        csvField(row.email, { text: true }),
        csvField(`T-${row.ticketNumber}`),
        csvField(t(`settings.pay.csv.kinds.${row.kind}`)),
        csvField(centsToUnits(row.amountCents)),
        csvField(row.createdAt.toISOString()),
      ].join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** Settings → Pay's month as CSV, employees in the page's order. */
export function payMonthCsv(pay: PayMonth, t: Translate = englishT): string {
  return buildPayCsv(
    pay.month,
    pay.employees.flatMap((e) =>
      e.entries.map((entry) => ({
        employee: e.name,
        email: e.email,
        ticketNumber: entry.ticketNumber,
        kind: entry.kind,
        amountCents: entry.amountCents,
        createdAt: entry.createdAt,
      })),
    ),
    t,
  );
}

export const payCsvFilename = (month: string) => `pay-${month}.csv`;
