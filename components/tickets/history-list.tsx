import { format } from "date-fns";
import type { HistoryItem } from "@/lib/tickets/types";

export function HistoryList({ items }: { items: HistoryItem[] }) {
  return (
    <ol aria-label="History" className="space-y-2">
      {items.map((item) => (
        <li key={item.id} className="flex gap-3 text-sm">
          <time dateTime={item.at} className="w-36 shrink-0 whitespace-nowrap text-slate-500">
            {format(new Date(item.at), "d MMM yyyy, HH:mm")}
          </time>
          <span className="text-slate-800">{item.text}</span>
        </li>
      ))}
    </ol>
  );
}
