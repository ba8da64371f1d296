import { count, eq } from "drizzle-orm";
import { ticketViews, users } from "@/db/schema";
import type { Ctx } from "../context";
import { isUniqueViolation } from "../db-errors";
import { forbidden, invalid, notAllowed } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { type CreateTicketViewInput, createTicketViewSchema, MAX_VIEWS, viewQueryString } from "./schemas";

export type SavedView = { id: string; name: string; query: string };

const duplicate = () =>
  invalid(msg("errors.views.duplicateName"), { name: [msg("errors.views.duplicateName")] });

/** An employee saves the overview's current filters and sort under a name, for themselves only. */
export async function createTicketView({ actor, db }: Ctx, raw: CreateTicketViewInput): Promise<SavedView> {
  if (actor.role === "code_user") throw forbidden(msg("errors.tickets.employeesOnly"));
  const input = parseInput(createTicketViewSchema, raw);
  try {
    return await db.transaction(async (tx) => {
      // One save at a time per person, so two at once cannot both take the last place.
      await tx.select({ id: users.id }).from(users).where(eq(users.id, actor.id)).for("update");
      const [existing] = await tx
        .select({ n: count() })
        .from(ticketViews)
        .where(eq(ticketViews.userId, actor.id));
      if ((existing?.n ?? 0) >= MAX_VIEWS) throw notAllowed(msg("errors.views.limit", { max: MAX_VIEWS }));
      const [row] = await tx
        .insert(ticketViews)
        .values({ userId: actor.id, name: input.name, query: viewQueryString(input.query) })
        .returning({ id: ticketViews.id, name: ticketViews.name, query: ticketViews.query });
      if (!row) throw new Error("Insert returned no view");
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error, "ticket_views_user_name_key")) throw duplicate();
    throw error;
  }
}
