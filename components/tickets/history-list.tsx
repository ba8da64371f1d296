import type { HistoryItem } from "@/lib/tickets/types";
import { DateTime } from "../ui/date-time";

export function HistoryList({ items, label }: { items: HistoryItem[]; label: string }) {
  return (
    <ol aria-label={label} className="space-y-2">
      {items.map((item) => (
        <li key={item.id} className="flex flex-col gap-x-3 text-sm sm:flex-row">
          <DateTime value={item.at} className="shrink-0 whitespace-nowrap text-muted-foreground sm:w-44" />
          <span className="break-words text-foreground">{item.text}</span>
        </li>
      ))}
    </ol>
  );
}
