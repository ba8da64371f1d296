"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Bell, Check } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Popover } from "radix-ui";
import { useState } from "react";
import { markNotificationReadAction, markNotificationsReadAction } from "@/app/actions/notifications";
import type { NotificationItem, NotificationsView } from "@/lib/notifications/queries";
import { cn } from "@/lib/ui/cn";
import { fetchJson } from "../tickets/ticket-fetch";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { DateTime } from "../ui/date-time";

export const NOTIFICATIONS_KEY = ["notifications"] as const;

/** The bell: one entry per ticket with its latest state; entries stay unread until opened or marked. */
export function NotificationsBell({ initial }: { initial: NotificationsView }) {
  const t = useTranslations("notifications");
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const { data } = useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: () => fetchJson<NotificationsView>("/api/notifications"),
    initialData: initial,
  });
  const count = data.unread > 99 ? "99+" : String(data.unread);
  const refresh = () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
  const markAll = async () => {
    await markNotificationsReadAction();
    await refresh();
  };
  const markOne = async (item: NotificationItem) => {
    if (!item.read) await markNotificationReadAction({ id: item.id });
    await refresh();
  };
  const openEntry = async (item: NotificationItem) => {
    setOpen(false);
    router.push(item.link);
    await markOne(item);
  };

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger
        aria-label={data.unread > 0 ? t("titleWithCount", { count }) : t("title")}
        className="relative inline-flex size-11 items-center justify-center rounded-md text-muted-foreground hover:bg-accent sm:size-9"
      >
        <Bell className="size-5" aria-hidden />
        {data.unread > 0 ? (
          <span
            aria-hidden
            className="absolute top-1 right-1 min-w-4 rounded-full bg-red-700 px-1 text-center text-[10px] font-semibold text-white"
          >
            {count}
          </span>
        ) : null}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          collisionPadding={8}
          className="z-50 w-[min(24rem,calc(100vw-1rem))] rounded-lg border border-border bg-card p-2 text-foreground shadow-lg"
        >
          <div className="flex items-center justify-between gap-2 px-2 pb-1">
            <h2 className="text-sm font-semibold">{t("title")}</h2>
            {data.unread > 0 ? (
              <Button variant="ghost" size="sm" onClick={markAll}>
                {t("markAllRead")}
              </Button>
            ) : null}
          </div>
          {data.items.length === 0 ? (
            <p className="p-3 text-sm text-muted-foreground">{t("empty")}</p>
          ) : (
            <ul aria-label={t("title")} className="max-h-[min(28rem,70dvh)] space-y-0.5 overflow-y-auto">
              {data.items.map((item) => (
                <li key={item.id} className="flex items-start gap-1">
                  <a
                    href={item.link}
                    onClick={(event) => {
                      event.preventDefault();
                      void openEntry(item);
                    }}
                    className={cn(
                      "block min-w-0 flex-1 rounded px-2 py-2 text-sm hover:bg-accent",
                      !item.read && "font-medium",
                      item.state !== "active" && "text-muted-foreground",
                    )}
                  >
                    <span className={cn("block", item.state === "withdrawn" && "line-through")}>
                      {item.text}
                    </span>
                    <span className="mt-1 flex flex-wrap items-center gap-2 text-xs font-normal text-muted-foreground">
                      <DateTime value={item.at} />
                      {item.count > 1 ? <span>{t("moreChanges", { count: item.count - 1 })}</span> : null}
                      {item.needsAnswer ? <Badge tone="warning">{t("needsAnswer")}</Badge> : null}
                      {item.state !== "active" ? <Badge>{t(`states.${item.state}`)}</Badge> : null}
                    </span>
                  </a>
                  {!item.read ? (
                    <Button
                      variant="ghost"
                      size="icon"
                      className="shrink-0"
                      aria-label={t("markRead")}
                      title={t("markRead")}
                      onClick={() => void markOne(item)}
                    >
                      <Check aria-hidden />
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
