import type { TicketDetail } from "@/lib/tickets/types";

export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(`Request failed (${response.status})`);
  return (await response.json()) as T;
}

export const fetchTicket = (number: number) => fetchJson<TicketDetail>(`/api/tickets/${number}`);
