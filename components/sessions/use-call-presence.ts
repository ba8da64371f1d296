"use client";

import { useEffect, useRef } from "react";
import { postCall } from "./call-api";

const PING_MS = 5_000;

/**
 * While this side is in the call: a ping every few seconds keeps it in (the server ends a call whose
 * side stays silent past its grace), and a page that goes away (reload, closed tab) tells the others
 * at once. `onGone` runs when the server says this side is no longer in the call.
 */
export function useCallPresence(
  sessionId: string,
  inCall: boolean,
  epoch: () => string | null,
  onGone: () => void,
): void {
  const gone = useRef(onGone);
  gone.current = onGone;
  useEffect(() => {
    if (!inCall) return;
    const timer = setInterval(async () => {
      const response = await postCall({ type: "ping", sessionId }).catch(() => null);
      if (!response?.ok) return;
      const { inCall: still } = (await response.json()) as { inCall: boolean };
      if (!still) gone.current();
    }, PING_MS);
    const away = () => sendAway(sessionId, epoch());
    window.addEventListener("pagehide", away);
    return () => {
      clearInterval(timer);
      window.removeEventListener("pagehide", away);
    };
  }, [inCall, sessionId, epoch]);
}

/** Tells the others at once that this page is going (they keep waiting for it up to the grace). */
export function sendAway(sessionId: string, epoch: string | null): void {
  navigator.sendBeacon("/api/calls", JSON.stringify({ type: "away", sessionId, epoch: epoch ?? undefined }));
}
