/** React Query keys for tickets; live updates invalidate the whole "tickets" prefix. */
export const ticketKeys = {
  all: ["tickets"] as const,
  list: (params: Record<string, string | undefined>) => ["tickets", "list", params] as const,
  detail: (number: number) => ["tickets", "detail", number] as const,
  counts: () => ["tickets", "counts"] as const,
};
