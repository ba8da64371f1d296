import type { MessageKey } from "../i18n/msg";
import type { PayRateKind } from "../workflow/status-actions";

/** An employee's pay per ticket: a percentage of its amount (12.5) or a fixed fee in cents. */
export type PayRate = { kind: PayRateKind; value: number };

/**
 * What writing a rate needs in the reader's language: the catalog, money and the locale for the
 * percentage. The server's Translator is one; on the client, useTranslations() with useFormatter().
 */
export type PayRateFormat = {
  readonly locale: string;
  t(key: MessageKey, values?: Record<string, string | number | Date>): string;
  money(cents: number): string;
};

/** "12.5 %", "€25.00 per ticket", or "—" for no rate, in the reader's language. */
export function formatPayRate(rate: PayRate | null, f: PayRateFormat): string {
  if (!rate) return f.t("workflow.payRate.none");
  return rate.kind === "percent"
    ? f.t("workflow.payRate.percent", {
        value: new Intl.NumberFormat(f.locale, { maximumFractionDigits: 2 }).format(rate.value),
      })
    : f.t("workflow.payRate.fixed", { amount: f.money(rate.value) });
}

/** The rate as typed in the "Rate" box, with the reader's decimal mark: "12.5" or "25,00". */
export function payRateInput(rate: PayRate | null, locale = "en"): string {
  if (!rate) return "";
  const [value, digits] = rate.kind === "percent" ? [rate.value, 0] : [rate.value / 100, 2];
  return new Intl.NumberFormat(locale, {
    useGrouping: false,
    minimumFractionDigits: digits,
    maximumFractionDigits: 2,
  }).format(value);
}
