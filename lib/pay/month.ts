/** A pay month, "YYYY-MM". Months are calendar months in UTC, the same for every instance. */
export type PayMonthRange = { month: string; start: Date; end: Date };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** "2025-03" → its first instant and the first instant of the next month; null when malformed. */
export function parseMonth(raw: string | null | undefined): PayMonthRange | null {
  const match = MONTH.exec(raw?.trim() ?? "");
  if (!match) return null;
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  if (year < 2000 || year > 2999) return null;
  return {
    month: `${match[1]}-${match[2]}`,
    start: new Date(Date.UTC(year, index, 1)),
    end: new Date(Date.UTC(year, index + 1, 1)),
  };
}

export function currentMonth(now: Date = new Date()): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** Formats a date; next-intl's formatter (useFormatter, getFormatter) is one. */
export type MonthFormatter = {
  dateTime(value: Date, options: { month: "long"; year: "numeric"; timeZone: "UTC" }): string;
};

/** "2025-03" → "March 2025" / "März 2025", in the formatter's language. */
export function monthLabel(month: string, format: MonthFormatter): string {
  const range = parseMonth(month);
  if (!range) return month;
  return format.dateTime(range.start, { month: "long", year: "numeric", timeZone: "UTC" });
}
