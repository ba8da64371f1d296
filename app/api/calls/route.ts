import { hangUpCall } from "@/lib/calls/hang-up-call";
import { joinCall } from "@/lib/calls/join-call";
import { leaveForNow, pingCall } from "@/lib/calls/ping-call";
import { reportMediaUp } from "@/lib/calls/report-media-up";
import { callRequestSchema } from "@/lib/calls/schemas";
import { sendCallSignal } from "@/lib/calls/send-call-signal";
import { invalid } from "@/lib/errors";
import { msg } from "@/lib/i18n/msg";
import { assertSameOrigin, withActor } from "@/lib/server/route-context";

export const dynamic = "force-dynamic";

/** The call's one door: the browser says what happened (joined, a signal, media up …), one verb each. */
export async function POST(request: Request) {
  return withActor(async (ctx) => {
    // sendBeacon posts a "simple" request that no CORS preflight guards.
    assertSameOrigin(request);
    // sendBeacon (on page hide) posts text/plain; the body is the same JSON either way.
    const parsed = callRequestSchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw invalid(msg("errors.checkInput"));
    const input = parsed.data;
    switch (input.type) {
      case "join":
        return joinCall(ctx, input);
      case "signal":
        return sendCallSignal(ctx, input);
      case "media_up":
        return reportMediaUp(ctx, input);
      case "ping":
        return pingCall(ctx, input);
      case "away":
        return leaveForNow(ctx, input);
      case "hang_up":
        return hangUpCall(ctx, input);
    }
  });
}
