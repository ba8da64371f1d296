import { and, asc, eq, inArray } from "drizzle-orm";
import { assetMembers, assets, users } from "@/db/schema";
import type { Ctx } from "../context";
import { translator } from "../i18n/translate";
import { readTicketStatusesWithCounts } from "../statuses/load-statuses";
import { localizeStatuses } from "../statuses/localize-statuses";
import { STAFF_ROLES } from "../workflow/roles";

export type Option = { id: string; name: string };

/** Assets a person may file a ticket for: every asset for employees, their own for customers. */
export async function assetOptions({ actor, db }: Ctx): Promise<Option[]> {
  if (actor.role !== "code_user") {
    return db.select({ id: assets.id, name: assets.name }).from(assets).orderBy(asc(assets.name));
  }
  return db
    .select({ id: assets.id, name: assets.name })
    .from(assetMembers)
    .innerJoin(assets, eq(assets.id, assetMembers.assetId))
    .where(eq(assetMembers.userId, actor.id))
    .orderBy(asc(assets.name));
}

/** Staff overview filters: every status (archived ones too) with its ticket count, employees, assets. */
export async function overviewOptions(ctx: Ctx) {
  const [statusList, employees, assetList] = await Promise.all([
    readTicketStatusesWithCounts(ctx.db, ctx.actor.id),
    ctx.db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(eq(users.active, true), inArray(users.role, [...STAFF_ROLES])))
      .orderBy(asc(users.name)),
    assetOptions(ctx),
  ]);
  const t = translator(ctx.actor.locale);
  return {
    statuses: localizeStatuses(statusList, t).map((s) => ({
      id: s.id,
      name: s.name,
      category: s.category,
      archived: s.archived,
      ticketCount: s.ticketCount,
      // What the bulk menu needs: a payment belongs to one ticket; a write-off asks first.
      takesPayment: s.actionTypes.includes("open_payment"),
      writesOff: s.actionTypes.includes("write_off"),
    })),
    employees,
    assets: assetList,
  };
}
