"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { ticketKeys } from "@/lib/tickets/query-keys";

/** Listens for change signals and invalidates what this screen shows; nothing else is pushed. */
export function LiveUpdates() {
  const queryClient = useQueryClient();
  useEffect(() => {
    const source = new EventSource("/api/live");
    const onTicket = (event: MessageEvent<string>) => {
      const { number } = JSON.parse(event.data) as { number: number };
      void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(number) });
      void queryClient.invalidateQueries({ queryKey: ["tickets", "list"] });
      void queryClient.invalidateQueries({ queryKey: ticketKeys.counts() });
    };
    const onNotification = () => void queryClient.invalidateQueries({ queryKey: ["notifications"] });
    source.addEventListener("ticket", onTicket);
    source.addEventListener("notification", onNotification);
    return () => {
      source.removeEventListener("ticket", onTicket);
      source.removeEventListener("notification", onNotification);
      source.close();
    };
  }, [queryClient]);
  return null;
}
