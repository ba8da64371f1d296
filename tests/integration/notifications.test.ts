import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { notifications, outbox, users } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { markNotificationRead, markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { listMyNotifications } from "@/lib/notifications/queries";
import { dispatchOutbox } from "@/lib/outbox/dispatch-outbox";
import { acceptOffer } from "@/lib/tickets/accept-offer";
import { cancelTicket } from "@/lib/tickets/cancel-ticket";
import { createTicket } from "@/lib/tickets/create-ticket";
import { setTicketAssignees } from "@/lib/tickets/set-ticket-assignees";
import { makeAsset, makeUser } from "@/tests/support/fixtures";
import { createTestDb } from "@/tests/support/test-db";
import { moveTo, ticketRow } from "@/tests/support/tickets";

let handle: DbHandle;
let db: Db;
let admin: Actor;
let m1: Actor;
let m2: Actor;
let cust: Actor;
let assetId: string;
const as = (actor: Actor): Ctx => ({ actor, db });
const drain = async () => {
  while ((await dispatchOutbox(db)) > 0) {}
};
const entryOf = async (actor: Actor, number: number) =>
  (await listMyNotifications(as(actor))).items.find((n) => n.link.endsWith(`/tickets/${number}`));

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  admin = await makeUser(db, "admin");
  m1 = await makeUser(db, "member", "Mia Member");
  m2 = await makeUser(db, "member", "Milo Member");
  cust = await makeUser(db, "code_user", "Carla Customer");
  assetId = (await makeAsset(db, { responsible: [m1, m2], holders: [cust] })).id;
});
afterAll(() => handle.close());

describe("bell entries say where things stand now", () => {
  it("an offer reads as withdrawn once the ticket is cancelled, and as done for whoever took it", async () => {
    const t = await createTicket(as(cust), { title: "Leaky tap", assetId });
    await drain();
    expect(await entryOf(m1, t.number)).toMatchObject({
      text: `New offer: T-${t.number} “Leaky tap”`,
      state: "active",
    });
    await acceptOffer(as(m1), { ticketId: t.ticketId });
    await drain();
    expect((await entryOf(m1, t.number))?.state).toBe("done");
    // m2's offer stays open until the ticket is cancelled, which withdraws it.
    expect((await entryOf(m2, t.number))?.state).toBe("active");
    const { version } = await ticketRow(db, t.ticketId);
    await cancelTicket(as(admin), { ticketId: t.ticketId, version });
    await drain();
    expect(await entryOf(m2, t.number)).toMatchObject({ state: "withdrawn", count: 1 });
  });

  it("an assignment reads as withdrawn once the employee is taken off the ticket", async () => {
    const t = await createTicket(as(cust), { title: "Broken lamp", assetId });
    await acceptOffer(as(m1), { ticketId: t.ticketId });
    let { version } = await ticketRow(db, t.ticketId);
    await setTicketAssignees(as(admin), { ticketId: t.ticketId, version, userIds: [m1.id, m2.id] });
    await drain();
    expect(await entryOf(m2, t.number)).toMatchObject({
      text: `You were assigned to T-${t.number} “Broken lamp”`,
      state: "active",
    });
    ({ version } = await ticketRow(db, t.ticketId));
    await setTicketAssignees(as(admin), { ticketId: t.ticketId, version, userIds: [m1.id] });
    await drain();
    expect((await entryOf(m2, t.number))?.state).toBe("withdrawn");
  });

  it("counts each change once, however often an outbox row is handled", async () => {
    const t = await createTicket(as(cust), { title: "Door squeaks", assetId });
    await acceptOffer(as(m1), { ticketId: t.ticketId });
    await moveTo(as(m1), t.ticketId, "in_progress");
    await drain();
    const before = await entryOf(cust, t.number);
    expect(before?.count).toBe(3); // created, Assigned, In Progress
    await db.update(outbox).set({ processedAt: null, availableAt: new Date(Date.now() - 1000) });
    await drain();
    expect((await entryOf(cust, t.number))?.count).toBe(3);
  });

  it("is written in the reader's language, from the ticket's state when read", async () => {
    const t = await createTicket(as(cust), { title: "Heizung", assetId });
    await acceptOffer(as(m1), { ticketId: t.ticketId });
    await moveTo(as(m1), t.ticketId, "in_progress");
    await moveTo(as(m1), t.ticketId, "waiting_customer");
    await drain();
    await db.update(users).set({ locale: "de" }).where(eq(users.id, cust.id));
    const german = { ...cust, locale: "de" as const };
    expect(await entryOf(german, t.number)).toMatchObject({
      text: `Wir brauchen Ihre Antwort zu T-${t.number} „Heizung“`,
      needsAnswer: true,
    });
    await moveTo(as(m1), t.ticketId, "done");
    await drain();
    expect((await entryOf(german, t.number))?.text).toBe(
      `T-${t.number} „Heizung“ ist erledigt: Bitte bewerten Sie unsere Arbeit oder öffnen Sie es wieder`,
    );
    await db.update(users).set({ locale: null }).where(eq(users.id, cust.id));
  });
});

describe("read state per entry", () => {
  it("marks one entry read, or all of the reader's, and never another person's", async () => {
    const t = await createTicket(as(cust), { title: "Noisy fan", assetId });
    const u = await createTicket(as(cust), { title: "Cracked tile", assetId });
    await drain();
    const a = (await entryOf(m1, t.number))!;
    const b = (await entryOf(m1, u.number))!;
    expect(await markNotificationRead(as(m2), { id: a.id })).toEqual({ marked: 0 });
    expect(await markNotificationRead(as(m1), { id: a.id })).toEqual({ marked: 1 });
    expect((await entryOf(m1, t.number))?.read).toBe(true);
    expect((await entryOf(m1, u.number))?.read).toBe(false);
    // A new change makes the entry unread again.
    await markNotificationsRead(as(cust));
    expect((await entryOf(cust, t.number))?.read).toBe(true);
    await acceptOffer(as(m2), { ticketId: t.ticketId });
    await drain();
    // Unread again, counting the changes since it was read.
    expect(await entryOf(cust, t.number)).toMatchObject({ read: false, count: 1 });
    await markNotificationsRead(as(m1));
    expect((await listMyNotifications(as(m1))).unread).toBe(0);
    const [row] = await db.select().from(notifications).where(eq(notifications.id, b.id));
    expect(row?.readAt).not.toBeNull();
  });
});
