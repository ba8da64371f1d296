"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { workItemKeys } from "@/lib/work-items/query-keys";
import { WORK_ITEM_KINDS, type WorkItemKind } from "@/lib/workflow/work-item-kinds";
import { CALL_SIGNAL_EVENT, setLiveOpen } from "../sessions/call-events";
import { NOTIFICATIONS_KEY } from "./notifications-bell";
import { ITEM_CHANGED_EVENT, type ItemChangedDetail } from "./refresh-on-change";

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

    // One listener per kind: the event's name is the kind of the item that changed.
    const onChange = (kind: WorkItemKind) => (event: MessageEvent<string>) => {
      const { number } = JSON.parse(event.data) as { number: number };
      const keys = workItemKeys(kind);
      void queryClient.invalidateQueries({ queryKey: keys.detail(number) });
      void queryClient.invalidateQueries({ queryKey: keys.lists() });
      void queryClient.invalidateQueries({ queryKey: keys.counts() });
      // A ticket page lists its tasks and sessions, so their changes refresh it too.
      if (kind !== "ticket") void queryClient.invalidateQueries({ queryKey: ["tickets", "detail"] });
      const detail: ItemChangedDetail = { kind, number };
      window.dispatchEvent(new CustomEvent(ITEM_CHANGED_EVENT, { detail }));
    };
    const listeners = WORK_ITEM_KINDS.map((kind) => [kind, onChange(kind)] as const);
    // Call signalling rides on the same stream; the call on the page picks up what is addressed to it.
    const onSignal = (event: MessageEvent<string>) => {
      window.dispatchEvent(new CustomEvent(CALL_SIGNAL_EVENT, { detail: JSON.parse(event.data) }));
    };
    const onNotification = () => void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    const onOpen = () => {
      setLiveOpen(true);
      if (!missedSignals) return;
      missedSignals = false;
      for (const kind of WORK_ITEM_KINDS)
        void queryClient.invalidateQueries({ queryKey: workItemKeys(kind).all });
      void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
    };
    const onError = () => {
      setLiveOpen(false);
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
      for (const [kind, listener] of listeners) next.addEventListener(kind, listener);
      next.addEventListener("notification", onNotification);
      next.addEventListener("signal", onSignal);
      source = next;
    };
    const disconnect = () => {
      if (!source) return;
      source.removeEventListener("open", onOpen);
      source.removeEventListener("error", onError);
      for (const [kind, listener] of listeners) source.removeEventListener(kind, listener);
      source.removeEventListener("notification", onNotification);
      source.removeEventListener("signal", onSignal);
      source.close();
      source = null;
      setLiveOpen(false);
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
