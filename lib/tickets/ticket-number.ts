/** Accepts "1042" or "T-1042" from a URL; anything else is not a ticket number. */
export function parseTicketNumber(raw: string): number | null {
  const match = /^(?:t-?)?(\d{1,9})$/i.exec(decodeURIComponent(raw).trim());
  return match ? Number(match[1]) : null;
}
