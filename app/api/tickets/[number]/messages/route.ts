import { listTicketMessages } from "@/lib/conversation/queries";
import { withActor } from "@/lib/server/route-context";
import { parseTicketNumber } from "@/lib/tickets/ticket-number";

export const dynamic = "force-dynamic";

/** A page of the ticket's messages, newest page first (`?before=<id>` for older ones). */
export async function GET(request: Request, { params }: { params: Promise<{ number: string }> }) {
  const number = parseTicketNumber((await params).number);
  const before = Number(new URL(request.url).searchParams.get("before"));
  return withActor(async (ctx) =>
    number === null
      ? null
      : listTicketMessages(ctx, number, Number.isSafeInteger(before) && before > 0 ? { before } : {}),
  );
}
