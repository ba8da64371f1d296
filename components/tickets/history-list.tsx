import { useTranslations } from "next-intl";
import type { HistoryItem } from "@/lib/tickets/types";
import { AttachmentList } from "../conversation/attachment-list";
import { MessageText } from "../conversation/message-text";
import { Badge } from "../ui/badge";
import { DateTime } from "../ui/date-time";

/** The ticket's timeline: status changes, offers and the like in one line each, updates with their words. */
export function HistoryList({ items, label }: { items: HistoryItem[]; label: string }) {
  const t = useTranslations("tickets.updates");
  return (
    <ol aria-label={label} className="space-y-2">
      {items.map((item) => (
        <li key={item.id} className="flex flex-col gap-x-3 text-sm sm:flex-row">
          <DateTime value={item.at} className="shrink-0 whitespace-nowrap text-muted-foreground sm:w-44" />
          {item.update ? (
            <div className="min-w-0 flex-1 space-y-1">
              <p className="flex flex-wrap items-center gap-2 font-medium text-foreground">
                {item.text}
                {item.update.internal ? <Badge tone="warning">{t("internal")}</Badge> : null}
              </p>
              <div className="rounded-md border border-border bg-muted/50 px-3 py-2 text-foreground">
                {item.update.paragraphs.length > 0 ? (
                  <MessageText paragraphs={item.update.paragraphs} />
                ) : null}
                <AttachmentList files={item.update.attachments} />
              </div>
            </div>
          ) : (
            <span className="break-words text-foreground">{item.text}</span>
          )}
        </li>
      ))}
    </ol>
  );
}
