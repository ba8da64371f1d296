import { getActor } from "@/lib/auth/get-actor";
import { createSignalDelivery } from "@/lib/calls/signal-delivery";
import { createLiveAudience, LIVE_REFRESH_MS } from "@/lib/live/live-audience";
import {
  subscribeAccountChanges,
  subscribeCallSignals,
  subscribeNotifications,
  subscribeWorkItemChanges,
} from "@/lib/live/live-hub";
import { getDb } from "@/lib/server/db";

export const dynamic = "force-dynamic";

/**
 * Server-sent events: "an item changed" signals for this viewer; the client refetches what it shows.
 * The viewer is re-read every LIVE_REFRESH_MS; once disabled, deleted or given another role the
 * stream ends, and the browser's reconnect is authorized afresh (401 for a disabled user).
 */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response("Sign in to receive updates.", { status: 401 });
  const db = await getDb();
  const audience = await createLiveAudience({ actor, db });
  const encoder = new TextEncoder();
  let closed = false;
  const teardown: (() => void)[] = [];
  const cleanup = () => {
    if (closed) return;
    closed = true;
    for (const dispose of teardown.splice(0)) dispose();
  };
  // Whatever is acquired after the stream ended (a disconnect during an await) is released at once.
  const hold = (dispose: () => void) => {
    if (closed) dispose();
    else teardown.push(dispose);
  };
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const close = () => {
        cleanup();
        try {
          controller.close();
        } catch {}
      };
      const send = (chunk: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(chunk));
        } catch {
          close();
        }
      };
      function recheck() {
        audience.refresh().then(
          (state) => {
            if (state === "closed") close();
          },
          (error: unknown) => {
            console.error("Closing a live stream whose viewer could not be re-checked", error);
            close();
          },
        );
      }
      // Registered before the awaits below, so a disconnect while subscribing leaks no listener.
      const onAbort = () => close();
      request.signal.addEventListener("abort", onAbort);
      hold(() => request.signal.removeEventListener("abort", onAbort));
      if (request.signal.aborted) {
        close();
        return;
      }

      send("retry: 2000\n\n");
      const unsubscribe = await subscribeWorkItemChanges((message) => {
        if (!audience.mayHear(message)) return;
        // The event is named by the kind ("ticket", "video_session", "task"): the client refetches that kind.
        send(
          `event: ${message.kind}\ndata: ${JSON.stringify({ number: message.number, version: message.version })}\n\n`,
        );
      });
      hold(unsubscribe);
      const unsubscribeNotifications = await subscribeNotifications((userIds) => {
        if (audience.hearsNotification(userIds)) send("event: notification\ndata: {}\n\n");
      });
      hold(unsubscribeNotifications);
      // Call signalling: only signals addressed to this viewer, in order; each carries its id, so a
      // reconnecting browser (Last-Event-ID) gets what it missed.
      const signals = createSignalDelivery(
        db,
        actor.id,
        Number(request.headers.get("last-event-id")) || 0,
        (signal) => send(`id: ${signal.id}\nevent: signal\ndata: ${JSON.stringify(signal)}\n\n`),
      );
      const unsubscribeSignals = await subscribeCallSignals((notice) => {
        if (notice.to === actor.id && audience.hearsNotification([actor.id])) signals.deliver(notice.id);
      });
      signals.replay();
      hold(unsubscribeSignals);
      // A revoked session (password changed, signed out everywhere, disabled, new role) ends its
      // stream now, not at the next periodic re-check.
      const unsubscribeAccount = await subscribeAccountChanges((userId) => {
        if (userId === actor.id) recheck();
      });
      hold(unsubscribeAccount);
      if (closed) return;
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), 20_000);
      hold(() => clearInterval(heartbeat));
      const refresh = setInterval(recheck, LIVE_REFRESH_MS);
      hold(() => clearInterval(refresh));
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
