import { countTicketsByStatus } from "@/lib/tickets/count-tickets";
import { withActor } from "@/lib/server/route-context";

export const dynamic = "force-dynamic";

export function GET() {
  return withActor((ctx) => countTicketsByStatus(ctx));
}
