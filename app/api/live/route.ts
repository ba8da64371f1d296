import { getActor } from "@/lib/auth/get-actor";
import { liveAudienceFilter } from "@/lib/live/live-audience";
import { subscribeNotifications, subscribeTicketChanges } from "@/lib/live/live-hub";
import { getDb } from "@/lib/server/db";

export const dynamic = "force-dynamic";

/** Server-sent events: "a ticket changed" signals for this viewer; the client refetches what it shows. */
export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response("Sign in to receive updates.", { status: 401 });
  const mayHear = await liveAudienceFilter({ actor, db: await getDb() });
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (chunk: string) => {
        try {
          controller.enqueue(encoder.encode(chunk));
        } catch {
          cleanup();
        }
      };
      send("retry: 2000\n\n");
      const unsubscribe = await subscribeTicketChanges(async (message) => {
        if (!(await mayHear(message))) return;
        send(
          `event: ticket\ndata: ${JSON.stringify({ number: message.number, version: message.version })}\n\n`,
        );
      });
      const unsubscribeNotifications = await subscribeNotifications((userIds) => {
        if (userIds.includes(actor.id)) send("event: notification\ndata: {}\n\n");
      });
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), 20_000);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
        unsubscribeNotifications();
      };
      request.signal.addEventListener("abort", () => {
        cleanup();
        try {
          controller.close();
        } catch {}
      });
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
