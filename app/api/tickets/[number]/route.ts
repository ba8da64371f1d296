import { withActor } from "@/lib/server/route-context";
import { getTicketDetail } from "@/lib/tickets/get-ticket-detail";
import { parseTicketNumber } from "@/lib/tickets/ticket-number";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }) {
  const number = parseTicketNumber((await params).number);
  return withActor(async (ctx) => (number === null ? null : getTicketDetail(ctx, number)));
}
