/** The company's currency. One currency per installation keeps amounts, pay and reports comparable. */
export const CURRENCY = "EUR";

const formatter = new Intl.NumberFormat("en-GB", { style: "currency", currency: CURRENCY });

export function formatMoney(cents: number): string {
  return formatter.format(cents / 100);
}

/** Parses "12", "12.5", "12,50" or "1 234.56" into cents; null when it is not an amount. */
export function parseMoney(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/[\s\u00a0]/g, "")
    .replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}
