"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { formatDistanceToNow } from "date-fns";
import { Bell } from "lucide-react";
import Link from "next/link";
import { Popover } from "radix-ui";
import { markNotificationsReadAction } from "@/app/actions/notifications";
import type { NotificationsView } from "@/lib/notifications/queries";
import { cn } from "@/lib/ui/cn";
import { fetchJson } from "../tickets/ticket-fetch";

export const NOTIFICATIONS_KEY = ["notifications"] as const;

export function NotificationsBell({ initial }: { initial: NotificationsView }) {
  const queryClient = useQueryClient();
  const { data } = useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: () => fetchJson<NotificationsView>("/api/notifications"),
    initialData: initial,
  });
  const count = data.unread > 99 ? "99+" : String(data.unread);
  const onOpenChange = async (open: boolean) => {
    if (!open && data.unread > 0) {
      await markNotificationsReadAction();
      await queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    }
  };
  return (
    <Popover.Root onOpenChange={onOpenChange}>
      <Popover.Trigger
        aria-label={data.unread > 0 ? `Notifications (${count})` : "Notifications"}
        className="relative rounded-md p-2 text-slate-600 hover:bg-slate-100"
      >
        <Bell className="size-5" aria-hidden />
        {data.unread > 0 ? (
          <span
            aria-hidden
            className="absolute -top-0.5 -right-0.5 min-w-4 rounded-full bg-red-600 px-1 text-center text-[10px] font-semibold text-white"
          >
            {count}
          </span>
        ) : null}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          className="z-50 w-80 rounded-lg border border-slate-200 bg-white p-2 shadow-lg"
        >
          {data.items.length === 0 ? (
            <p className="p-3 text-sm text-slate-600">No notifications yet.</p>
          ) : (
            <ul aria-label="Notifications" className="max-h-96 overflow-y-auto">
              {data.items.map((n) => (
                <li key={n.id}>
                  <Link
                    href={n.link ?? "#"}
                    className={cn(
                      "block rounded px-3 py-2 text-sm hover:bg-slate-50",
                      !n.read && "font-medium",
                    )}
                  >
                    {n.title}
                    <span className="block text-xs font-normal text-slate-500">
                      {formatDistanceToNow(new Date(n.at), { addSuffix: true })}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
