import type { Translator } from "../i18n/translate";
import { statusLabel } from "../workflow/ticket-categories";

/** A status' name in the reader's language (see statusLabel). */
export function statusName(status: { name: string; systemKey: string | null }, t: Translator): string {
  const label = statusLabel(status);
  return typeof label === "string" ? label : t.msg(label);
}

/** The same statuses with their names as this reader says them; nothing else changes. */
export function localizeStatuses<T extends { name: string; systemKey: string | null }>(
  list: readonly T[],
  t: Translator,
): T[] {
  return list.map((status) => ({ ...status, name: statusName(status, t) }));
}
