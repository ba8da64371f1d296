"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { ticketKeys } from "@/lib/tickets/query-keys";
import { NOTIFICATIONS_KEY } from "./notifications-bell";

/** After the browser gave up on the stream, at most one new attempt per this interval. */
const RETRY_AFTER_GIVE_UP_MS = 60_000;

/** Listens for change signals and invalidates what this screen shows; nothing else is pushed. */
export function LiveUpdates() {
  const queryClient = useQueryClient();
  useEffect(() => {
    let source: EventSource | null = null;
    let lastAttempt = 0;
    // Signals sent while the stream was down are lost; the next open catches up by refetching.
    let missedSignals = false;

    const onTicket = (event: MessageEvent<string>) => {
      const { number } = JSON.parse(event.data) as { number: number };
      void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(number) });
      void queryClient.invalidateQueries({ queryKey: ["tickets", "list"] });
      void queryClient.invalidateQueries({ queryKey: ticketKeys.counts() });
    };
    const onNotification = () => void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    const onOpen = () => {
      if (!missedSignals) return;
      missedSignals = false;
      void queryClient.invalidateQueries({ queryKey: ticketKeys.all });
      void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    };
    const onError = () => {
      missedSignals = true;
      // CONNECTING: the browser retries by itself. CLOSED: it gave up (401/403 or no event stream),
      // so a new EventSource right away would only repeat the refusal in a loop.
      if (source?.readyState === EventSource.CLOSED) disconnect();
    };

    const connect = () => {
      lastAttempt = Date.now();
      const next = new EventSource("/api/live");
      next.addEventListener("open", onOpen);
      next.addEventListener("error", onError);
      next.addEventListener("ticket", onTicket);
      next.addEventListener("notification", onNotification);
      source = next;
    };
    const disconnect = () => {
      if (!source) return;
      source.removeEventListener("open", onOpen);
      source.removeEventListener("error", onError);
      source.removeEventListener("ticket", onTicket);
      source.removeEventListener("notification", onNotification);
      source.close();
      source = null;
    };
    // After a give-up (say a proxy's 502 during a restart), one new try when the user comes back or
    // the network returns, never on a timer and never more than once per RETRY_AFTER_GIVE_UP_MS.
    const retryAfterGiveUp = () => {
      if (source || document.visibilityState !== "visible") return;
      if (Date.now() - lastAttempt < RETRY_AFTER_GIVE_UP_MS) return;
      connect();
    };

    connect();
    window.addEventListener("online", retryAfterGiveUp);
    document.addEventListener("visibilitychange", retryAfterGiveUp);
    return () => {
      window.removeEventListener("online", retryAfterGiveUp);
      document.removeEventListener("visibilitychange", retryAfterGiveUp);
      disconnect();
    };
  }, [queryClient]);
  return null;
}
