import { withActor } from "@/lib/server/route-context";
import { getSessionDetail } from "@/lib/sessions/queries";
import { parseItemNumber } from "@/lib/work-items/item-number";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }) {
  const number = parseItemNumber("video_session", (await params).number);
  return withActor(async (ctx) => (number === null ? null : getSessionDetail(ctx, number)));
}
