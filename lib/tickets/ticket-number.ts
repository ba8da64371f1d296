/** Accepts "1042" or "T-1042" from a URL; anything else (a malformed escape included) is not a ticket number. */
export function parseTicketNumber(raw: string): number | null {
  let text: string;
  try {
    text = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const match = /^(?:t-?)?(\d{1,9})$/i.exec(text.trim());
  return match ? Number(match[1]) : null;
}

/** The page title of a ticket URL: "T-1042", or "Ticket" when the URL names no ticket. */
export function ticketPageTitle(raw: string): string {
  const number = parseTicketNumber(raw);
  return number === null ? "Ticket" : `T-${number}`;
}
