import { numberPrefix, type WorkItemKind } from "../workflow/work-item-kinds";

/**
 * Accepts "1042" or "K-1042" (the kind's letter) from a URL; anything else, a malformed escape
 * included, is no number of that kind.
 */
export function parseItemNumber(kind: WorkItemKind, raw: string): number | null {
  let text: string;
  try {
    text = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const prefix = numberPrefix(kind);
  const match = new RegExp(`^(?:${prefix}-?)?(\\d{1,9})$`, "i").exec(text.trim());
  return match ? Number(match[1]) : null;
}
