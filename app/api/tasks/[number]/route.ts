import { withActor } from "@/lib/server/route-context";
import { getTaskDetail } from "@/lib/tasks/queries";
import { parseItemNumber } from "@/lib/work-items/item-number";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ number: string }> }) {
  const number = parseItemNumber("task", (await params).number);
  return withActor(async (ctx) => (number === null ? null : getTaskDetail(ctx, number)));
}
