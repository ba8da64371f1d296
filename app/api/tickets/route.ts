import { withActor } from "@/lib/server/route-context";
import { ticketListQuerySchema } from "@/lib/tickets/list-query";
import { listPortalTickets, listStaffTickets } from "@/lib/tickets/list-tickets";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  const query = ticketListQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return withActor((ctx) =>
    ctx.actor.role === "code_user" ? listPortalTickets(ctx, query) : listStaffTickets(ctx, query),
  );
}
