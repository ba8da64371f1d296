import { type Msg, msg } from "../i18n/msg";
import type { SystemStatusKey } from "./ticket-categories";

/** What can happen when an item enters a status (workflow.md 2.5). */
export const STATUS_ACTION_TYPES = [
  "email_customer",
  "sms_customer",
  "open_payment",
  "write_off",
  "calculate_pay",
] as const;
export type StatusActionType = (typeof STATUS_ACTION_TYPES)[number];

export const TEMPLATE_PLACEHOLDERS = ["number", "title", "status", "customer", "link"] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

/** An action of a status, as stored with it (validated by status-action-schemas.ts). */
export type StatusAction =
  | { type: "email_customer"; subject: string; body: string }
  | { type: "sms_customer"; body: string }
  | { type: "open_payment" }
  | { type: "write_off" }
  | { type: "calculate_pay" };

/**
 * System statuses a ticket also enters without an employee changing its status (a submission, an
 * accepted offer, a reopen, a rating or auto-close, a cancellation, a customer's reply): nobody
 * would be there to take the payment, so they cannot open the payment window.
 */
const ENTERED_WITHOUT_EMPLOYEE: readonly SystemStatusKey[] = [
  "draft",
  "open",
  "assigned",
  "reopened",
  "in_progress",
  "closed",
  "cancelled",
];

/** Why a status may not open the payment window, or null when it may. */
export function paymentWindowRefusal(status: { name: string; systemKey: string | null }): Msg | null {
  if (!(ENTERED_WITHOUT_EMPLOYEE as readonly (string | null)[]).includes(status.systemKey)) return null;
  return msg("errors.statuses.paymentWindowRefused", { name: status.name });
}

/** The "Change status" preview phrases of a move, e.g. "sends SMS", "opens payment", in order. */
export function previewActions(types: readonly StatusActionType[]): Msg[] {
  return STATUS_ACTION_TYPES.filter((t) => types.includes(t)).map((t) => msg(`workflow.preview.${t}`));
}

/** Fills {{number}}, {{title}}, {{status}}, {{customer}} and {{link}}; unknown placeholders stay as written. */
export function renderTemplate(text: string, values: Record<TemplatePlaceholder, string>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    (TEMPLATE_PLACEHOLDERS as readonly string[]).includes(key) ? values[key as TemplatePlaceholder] : whole,
  );
}

export const PAYMENT_METHODS = ["cash", "card", "bank_transfer"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PAY_RATE_KINDS = ["percent", "fixed"] as const;
export type PayRateKind = (typeof PAY_RATE_KINDS)[number];

/** An employee's pay for one ticket, in cents: a percentage of the ticket's amount or a fixed fee. */
export function computePay(
  rate: { kind: PayRateKind; value: number } | null,
  ticketAmountCents: number | null,
): number {
  if (!rate) return 0;
  switch (rate.kind) {
    case "percent":
      return Math.round(((ticketAmountCents ?? 0) * rate.value) / 100);
    case "fixed":
      return Math.round(rate.value);
  }
}

export const MAX_CUSTOM_STATUSES = 30;
