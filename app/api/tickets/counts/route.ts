import { withActor } from "@/lib/server/route-context";
import { countTicketsByStatus } from "@/lib/tickets/count-tickets";

export const dynamic = "force-dynamic";

export function GET() {
  return withActor((ctx) => countTicketsByStatus(ctx));
}
