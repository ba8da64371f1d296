import { formatMoney } from "../money";
import type { PayRateKind } from "../workflow/status-actions";

/** An employee's pay per ticket: a percentage of its amount (12.5) or a fixed fee in cents. */
export type PayRate = { kind: PayRateKind; value: number };

const percent = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

/** "12.5 %", "€25.00 per ticket", or "—" for no rate. */
export function formatPayRate(rate: PayRate | null): string {
  if (!rate) return "—";
  return rate.kind === "percent"
    ? `${percent.format(rate.value)} %`
    : `${formatMoney(rate.value)} per ticket`;
}

/** The rate as typed in the "Rate" box: "12.5" or "25.00". */
export function payRateInput(rate: PayRate | null): string {
  if (!rate) return "";
  return rate.kind === "percent" ? String(rate.value) : (rate.value / 100).toFixed(2);
}
