import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { notifications, outbox } from "@/db/schema";
import type { Actor } from "@/lib/context";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { listMyNotifications } from "@/lib/notifications/queries";
import { DIGEST_TOPIC } from "@/lib/notifications/queue-deliveries";
import { claimOutbox, deliverClaimed, dispatchOutbox } from "@/lib/outbox/dispatch-outbox";
import type { OutboxHandler } from "@/lib/outbox/types";
import { loadTicketStatuses } from "@/lib/statuses/load-statuses";
import { acceptOffer } from "@/lib/tickets/accept-offer";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { createTicket } from "@/lib/tickets/create-ticket";
import { systemStatus } from "@/lib/workflow/ticket-engine";
import { makeAsset, makeUser } from "@/tests/support/fixtures";
import { createTestDb } from "@/tests/support/test-db";

let handle: DbHandle;
let member: Actor;
let customer: Actor;
let assetId: string;

beforeAll(async () => {
  handle = await createTestDb();
  member = await makeUser(handle.db, "member");
  customer = await makeUser(handle.db, "code_user");
  assetId = (await makeAsset(handle.db, { responsible: [member], holders: [customer] })).id;
});
afterAll(() => handle.close());

// E-mail and push digests are due when their window closes, so they are not pending yet.
const pending = async () =>
  (
    await handle.db
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(isNull(outbox.processedAt), ne(outbox.topic, DIGEST_TOPIC)))
  ).length;

describe("outbox dispatcher", () => {
  it("delivers each event once, even when run again or concurrently", async () => {
    const db = handle.db;
    const created = await createTicket({ actor: customer, db }, { title: "Noisy pump", assetId });
    expect(await pending()).toBeGreaterThan(0);
    await Promise.all([dispatchOutbox(db), dispatchOutbox(db)]);
    expect(await pending()).toBe(0);
    const offers = await db.select().from(notifications).where(eq(notifications.userId, member.id));
    expect(offers.map((n) => n.kind)).toEqual(["offer"]);
    const bell = await listMyNotifications({ actor: member, db });
    expect(bell.items.map((n) => n.text)).toEqual([`New offer: T-${created.number} “Noisy pump”`]);

    // A row handled again (a crash after delivery, before marking) must not notify twice.
    await db.update(outbox).set({ processedAt: null, availableAt: new Date(Date.now() - 1000) });
    expect(await dispatchOutbox(db)).toBeGreaterThan(0);
    const again = await db.select().from(notifications).where(eq(notifications.userId, member.id));
    expect(again).toHaveLength(1);
  });

  it("runs a row's local handlers once when two instances deliver it at the same moment", async () => {
    const db = handle.db;
    const [row] = await db
      .insert(outbox)
      .values({ topic: "test.local_once", payload: {}, idempotencyKey: `test.local_once:${Date.now()}` })
      .returning();
    let runs = 0;
    const counting: OutboxHandler = {
      mode: "local",
      async run() {
        runs++;
        return undefined;
      },
    };
    const using = (topic: string) => (topic === "test.local_once" ? [counting] : []);
    const [claimed] = (await claimOutbox(db, 50)).filter((r) => r.id === row!.id);
    // Both hold the same claim (one's lease ran out as it renewed): the row is marked by one only.
    await Promise.all([deliverClaimed(db, [claimed!], using), deliverClaimed(db, [claimed!], using)]);
    expect(runs).toBe(1);
    const [after] = await db.select().from(outbox).where(eq(outbox.id, row!.id));
    expect(after?.processedAt).toBeInstanceOf(Date);
  });

  it("writes nothing for a change that rolled back", async () => {
    const db = handle.db;
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(outbox);
    await expect(
      db.transaction(async (tx) => {
        await tx
          .insert(outbox)
          .values({ topic: "ticket.offer_created", payload: {}, idempotencyKey: "rolled-back" });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const after = await db.select({ n: sql<number>`count(*)::int` }).from(outbox);
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it("groups a ticket's changes into one entry per person with its latest state, and the bell counts and clears", async () => {
    const db = handle.db;
    const statuses = await loadTicketStatuses(db);
    let t = await createTicket({ actor: customer, db }, { title: "Broken hinge", assetId });
    t = await acceptOffer({ actor: member, db }, { ticketId: t.ticketId });
    t = await changeTicketStatus(
      { actor: member, db },
      { ...t, statusId: systemStatus(statuses, "in_progress").id },
    );
    t = await changeTicketStatus(
      { actor: member, db },
      { ...t, statusId: systemStatus(statuses, "waiting_customer").id },
    );
    while ((await dispatchOutbox(db)) > 0) {}
    const view = await listMyNotifications({ actor: customer, db });
    const entry = view.items.find((n) => n.link === `/portal/tickets/${t.number}`);
    // Created, Assigned, In Progress, waiting: one entry, worded from the ticket's state now.
    expect(entry).toMatchObject({
      text: `We need your answer on T-${t.number} “Broken hinge”`,
      count: 4,
      read: false,
      state: "active",
      needsAnswer: true,
    });
    expect(view.items.filter((n) => n.link === entry?.link)).toHaveLength(1);
    expect(JSON.stringify(view)).not.toContain("Awaiting customer");
    expect(view.unread).toBe(view.items.length);
    await markNotificationsRead({ actor: customer, db });
    expect((await listMyNotifications({ actor: customer, db })).unread).toBe(0);
    // The member's own notifications are untouched by the customer's "mark read".
    expect((await listMyNotifications({ actor: member, db })).unread).toBeGreaterThan(0);
  });

  it("backs off a failing row instead of blocking the others", async () => {
    const db = handle.db;
    await db.insert(outbox).values({
      topic: "ticket.status_changed",
      payload: { ticketId: "not-a-uuid", creatorId: "not-a-uuid", actorId: null, number: 1, event: {} },
      idempotencyKey: "broken-row",
    });
    await dispatchOutbox(db);
    const [row] = await db.select().from(outbox).where(eq(outbox.idempotencyKey, "broken-row"));
    expect(row?.processedAt).toBeNull();
    expect(row?.attempts).toBe(1);
    expect(row?.lastError).toBeTruthy();
    expect(row!.availableAt.getTime()).toBeGreaterThan(Date.now());
  });
});
