import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { acceptOffer } from "@/lib/tickets/accept-offer";
import { createTicket } from "@/lib/tickets/create-ticket";
import { makeAsset, makeUser } from "./fixtures";
import { driveTo } from "./tickets";

/**
 * The cast of the ticket verb tests: staff, a disabled member, two customers holding `asset`
 * (responsibles m1, m2 and the disabled member), and `bareAsset` with no responsible employees.
 */
export async function makeTicketWorld(db: Db) {
  const admin = await makeUser(db, "admin");
  const moderator = await makeUser(db, "moderator");
  const m1 = await makeUser(db, "member");
  const m2 = await makeUser(db, "member");
  const m3 = await makeUser(db, "member");
  const disabledMember = await makeUser(db, "member");
  await db.update(users).set({ active: false }).where(eq(users.id, disabledMember.id));
  const cust = await makeUser(db, "code_user");
  const otherCust = await makeUser(db, "code_user");
  const asset = await makeAsset(db, { responsible: [m1, m2, disabledMember], holders: [cust, otherCust] });
  const bareAsset = await makeAsset(db, { holders: [cust] });
  const as = (actor: Actor): Ctx => ({ actor, db });

  /** A customer's ticket on `asset`: Open, offers pending for m1 and m2. */
  const openTicket = async (by = cust) =>
    (await createTicket(as(by), { title: "Pump leaks", assetId: asset.id })).ticketId;
  /** An open ticket m1 accepted: Assigned, m2's offer still pending. */
  const assignedTicket = async (by = cust) => {
    const id = await openTicket(by);
    await acceptOffer(as(m1), { ticketId: id });
    return id;
  };
  /** Assigned, then moved by the admin through In Progress to Done. */
  const doneTicket = async () => {
    const id = await assignedTicket();
    await driveTo(db, admin, id, ["in_progress", "done"]);
    return id;
  };

  return {
    db,
    admin,
    moderator,
    m1,
    m2,
    m3,
    disabledMember,
    cust,
    otherCust,
    asset,
    bareAsset,
    as,
    openTicket,
    assignedTicket,
    doneTicket,
  };
}

export type TicketWorld = Awaited<ReturnType<typeof makeTicketWorld>>;
