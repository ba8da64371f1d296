import { listMyNotifications } from "@/lib/notifications/queries";
import { withActor } from "@/lib/server/route-context";

export const dynamic = "force-dynamic";

export function GET() {
  return withActor((ctx) => listMyNotifications(ctx));
}
