import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { notifications, outbox, ticketEvents, ticketMessages, tickets } from "@/db/schema";
import type { Actor } from "@/lib/context";
import { addTicketUpdate } from "@/lib/conversation/add-ticket-update";
import { markTicketMessagesRead } from "@/lib/conversation/mark-messages-read";
import { postTicketMessage } from "@/lib/conversation/post-ticket-message";
import { listTicketMessages, MESSAGE_PAGE_SIZE } from "@/lib/conversation/queries";
import { UNREAD_CAP } from "@/lib/conversation/unread-cap";
import { translator } from "@/lib/i18n/translate";
import { dispatchOutbox } from "@/lib/outbox/dispatch-outbox";
import { createSession } from "@/lib/sessions/create-session";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { createTicket } from "@/lib/tickets/create-ticket";
import { getTicketDetail } from "@/lib/tickets/get-ticket-detail";
import { ticketListQuerySchema } from "@/lib/tickets/list-query";
import { listPortalTickets, listStaffTickets } from "@/lib/tickets/list-tickets";
import { loadTicketHistory } from "@/lib/tickets/ticket-history";
import type { SystemStatusKey } from "@/lib/workflow/ticket-categories";
import { createTestDb, usesPostgres } from "@/tests/support/test-db";
import { makeTicketWorld, type TicketWorld } from "@/tests/support/ticket-world";
import { driveTo, eventsOf, refusal, statusIdOf, ticketRow } from "@/tests/support/tickets";

let handle: DbHandle;
let w: TicketWorld;

beforeAll(async () => {
  handle = await createTestDb();
  w = await makeTicketWorld(handle.db);
});
afterAll(() => handle.close());

const drainOutbox = async () => {
  while ((await dispatchOutbox(w.db, 200)) > 0) {}
};
const numberOf = async (ticketId: string) => (await ticketRow(w.db, ticketId)).number;
const say = (actor: Actor, ticketId: string, body: string) =>
  postTicketMessage(w.as(actor), { ticketId, body });
const messagesOf = (ticketId: string) =>
  w.db.select().from(ticketMessages).where(eq(ticketMessages.ticketId, ticketId));

/** An assigned ticket (m1) driven through `path` by the admin. */
async function ticketIn(path: SystemStatusKey[]) {
  const id = await w.assignedTicket();
  await driveTo(w.db, w.admin, id, path);
  return id;
}

describe("who may write (workflow.md 2.3)", () => {
  const customerMay: [string, SystemStatusKey[], boolean][] = [
    ["open", [], true],
    ["in_progress", ["in_progress"], true],
    ["waiting_customer", ["in_progress", "waiting_customer"], true],
    ["on_hold", ["in_progress", "on_hold"], true],
    ["done", ["in_progress", "done"], true],
    ["closed", ["closed"], false],
    ["closed_unsuccessful", ["closed_unsuccessful"], false],
    ["cancelled", ["cancelled"], false],
  ];
  it.each(customerMay)("the customer who created it, in %s: %s", async (category, path, allowed) => {
    const id = category === "open" ? await w.openTicket() : await ticketIn(path);
    const before = await messagesOf(id);
    if (allowed) {
      await say(w.cust, id, `Hello in ${category}`);
      expect(await messagesOf(id)).toHaveLength(before.length + 1);
    } else {
      const error = await refusal(say(w.cust, id, "Anyone there?"));
      expect(error.code).toBe("not_allowed");
      expect(error.message).toMatch(/can read its messages, but not write/);
      expect(await messagesOf(id)).toHaveLength(before.length);
    }
    const conversation = await listTicketMessages(w.as(w.cust), await numberOf(id));
    expect(conversation?.mayWrite).toBe(allowed);
  });

  it("another holder of the asset reads, but does not write", async () => {
    const id = await w.assignedTicket();
    await say(w.cust, id, "From the creator");
    const theirs = await listTicketMessages(w.as(w.otherCust), await numberOf(id));
    expect(theirs?.messages.map((m) => m.paragraphs)).toEqual([[[{ t: "text", v: "From the creator" }]]]);
    expect(theirs?.mayWrite).toBe(false);
    expect((await refusal(say(w.otherCust, id, "Me too"))).code).toBe("forbidden");
  });

  it("members once assigned, in any status; admins and moderators always", async () => {
    const open = await w.openTicket();
    // m1 has only an offer: not assigned yet.
    expect((await refusal(say(w.m1, open, "I could help"))).message).toMatch(/Only employees assigned/);
    expect((await listTicketMessages(w.as(w.m1), await numberOf(open)))?.mayWrite).toBe(false);
    await say(w.admin, open, "Admin here");
    await say(w.moderator, open, "Moderator here");

    const closed = await ticketIn(["closed"]);
    await say(w.m1, closed, "Assigned, so still allowed after closing");
    expect((await refusal(say(w.m2, closed, "Not assigned"))).code).toBe("forbidden");
    await say(w.admin, closed, "Admins always");
  });

  it("an internal ticket's messages do not exist for customers", async () => {
    const { ticketId } = await createTicket(w.as(w.admin), {
      title: "Internal matter",
      assetId: w.asset.id,
      visibility: "internal",
    });
    await say(w.admin, ticketId, "CANARY-internal-7f3a");
    const number = await numberOf(ticketId);
    expect(await listTicketMessages(w.as(w.cust), number)).toBeNull();
    expect((await refusal(say(w.cust, ticketId, "Let me in"))).code).toBe("not_found");
    await drainOutbox();
    const [leak] = await w.db
      .select({ n: sql<number>`count(*)::int` })
      .from(outbox)
      .where(sql`${outbox.payload}::text like '%CANARY-internal-7f3a%'`);
    expect(leak?.n).toBe(0);
    const custNotes = await w.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, w.cust.id), eq(notifications.subjectId, ticketId)));
    expect(custNotes).toEqual([]);
  });

  it("refuses an empty or too long message and stores nothing", async () => {
    const id = await w.assignedTicket();
    expect((await refusal(say(w.cust, id, "   "))).fieldErrors?.body).toEqual(["Write a message first."]);
    expect((await refusal(say(w.cust, id, "x".repeat(5001)))).fieldErrors?.body?.[0]).toMatch(
      /at most 5,000/,
    );
    expect(await messagesOf(id)).toEqual([]);
  });
});

describe("a customer's answer to a ticket waiting for them (workflow.md 2.2)", () => {
  it("moves it to In Progress, by the engine, once", async () => {
    const id = await ticketIn(["in_progress", "waiting_customer"]);
    const before = (await eventsOf(w.db, id)).at(-1)!.id;
    const { version } = await ticketRow(w.db, id);
    await say(w.cust, id, "Here is the photo you asked for");
    await say(w.cust, id, "And one more thing");
    // The un-wait is a change: the version moves once, for it alone.
    expect((await ticketRow(w.db, id)).version).toBe(version + 1);
    const events = await eventsOf(w.db, id, before);
    expect(events.map((e) => [e.type, e.actorId])).toEqual([
      ["message_posted", w.cust.id],
      ["status_changed", null],
      ["message_posted", w.cust.id],
    ]);
    expect(events[1]).toMatchObject({ fromCategory: "waiting_customer", toCategory: "in_progress" });
    expect(events[1]?.data).toMatchObject({ reason: "customer_reply" });
    expect((await ticketRow(w.db, id)).statusId).toBe(await statusIdOf(w.db, "in_progress"));
  });

  it("an employee's message leaves it waiting", async () => {
    const id = await ticketIn(["in_progress", "waiting_customer"]);
    await say(w.m1, id, "Did you find the serial number?");
    expect((await ticketRow(w.db, id)).statusId).toBe(await statusIdOf(w.db, "waiting_customer"));
  });

  it(`two answers at the same moment move it exactly once${usesPostgres() ? "" : " (PGlite serializes them)"}`, async () => {
    const id = await ticketIn(["in_progress", "waiting_customer"]);
    const before = (await eventsOf(w.db, id)).at(-1)!.id;
    await Promise.all([say(w.cust, id, "First"), say(w.cust, id, "Second")]);
    const events = await eventsOf(w.db, id, before);
    expect(events.filter((e) => e.type === "status_changed")).toHaveLength(1);
    expect(events.filter((e) => e.type === "message_posted")).toHaveLength(2);
  });
});

describe("unread, Seen and paging", () => {
  it("counts the other side's messages until read, and shows Seen on the last one read", async () => {
    const id = await w.assignedTicket();
    const number = await numberOf(id);
    await say(w.cust, id, "One");
    await say(w.cust, id, "Two");
    let staff = await listTicketMessages(w.as(w.m1), number);
    expect(staff?.unread).toBe(2);
    // The customer's own messages are not unread for them.
    expect((await listTicketMessages(w.as(w.cust), number))?.unread).toBe(0);
    const [first, second] = staff!.messages;
    await markTicketMessagesRead(w.as(w.m1), { ticketId: id, upToId: first!.id });
    staff = await listTicketMessages(w.as(w.m1), number);
    expect(staff?.unread).toBe(1);
    expect((await listTicketMessages(w.as(w.cust), number))?.seenUpTo).toBe(first!.id);
    // Never backwards, and never past the last message there is.
    await markTicketMessagesRead(w.as(w.m1), { ticketId: id, upToId: second!.id + 1000 });
    await markTicketMessagesRead(w.as(w.m1), { ticketId: id, upToId: first!.id });
    expect((await listTicketMessages(w.as(w.m1), number))?.unread).toBe(0);
    expect((await listTicketMessages(w.as(w.cust), number))?.seenUpTo).toBe(second!.id);
    await say(w.cust, id, "Three");
    expect((await listTicketMessages(w.as(w.m1), number))?.unread).toBe(1);
  });

  it("the ticket lists show each side its unread count, capped, and never the other side's", async () => {
    const id = await w.assignedTicket();
    const number = await numberOf(id);
    const quiet = await w.assignedTicket();
    const unreadIn = async (actor: Actor, ticketId: string) => {
      const page =
        actor.role === "code_user"
          ? await listPortalTickets(w.as(actor), ticketListQuerySchema.parse({}))
          : await listStaffTickets(w.as(actor), ticketListQuerySchema.parse({}));
      return page.items.find((t) => t.id === ticketId)?.unread;
    };
    await say(w.cust, id, "One");
    await say(w.cust, id, "Two");
    await say(w.m1, id, "Reply");
    expect(await unreadIn(w.m1, id)).toBe(2);
    expect(await unreadIn(w.admin, id)).toBe(2); // each employee reads for themselves
    expect(await unreadIn(w.cust, id)).toBe(1);
    expect(await unreadIn(w.m1, quiet)).toBe(0);
    const staff = await listTicketMessages(w.as(w.m1), number);
    await markTicketMessagesRead(w.as(w.m1), { ticketId: id, upToId: staff!.messages.at(-1)!.id });
    expect(await unreadIn(w.m1, id)).toBe(0);
    expect(await unreadIn(w.admin, id)).toBe(2);
    // A long-unread ticket is counted up to the cap, not message by message to the end.
    await w.db.insert(ticketMessages).values(
      Array.from({ length: UNREAD_CAP + 5 }, (_, i) => ({
        ticketId: id,
        authorId: w.cust.id,
        body: `Bulk ${i}`,
      })),
    );
    expect(await unreadIn(w.m1, id)).toBe(UNREAD_CAP);
  });

  it("another holder of the asset reads along without marking it Seen for the employees", async () => {
    const id = await w.assignedTicket();
    await say(w.m1, id, "Please check the valve");
    const number = await numberOf(id);
    const last = (await listTicketMessages(w.as(w.otherCust), number))!.messages.at(-1)!;
    await markTicketMessagesRead(w.as(w.otherCust), { ticketId: id, upToId: last.id });
    expect((await listTicketMessages(w.as(w.m1), number))?.seenUpTo).toBeNull();
    await markTicketMessagesRead(w.as(w.cust), { ticketId: id, upToId: last.id });
    expect((await listTicketMessages(w.as(w.m1), number))?.seenUpTo).toBe(last.id);
  });

  it("a stranger cannot mark anything read", async () => {
    const { ticketId } = await createTicket(w.as(w.admin), {
      title: "Internal",
      assetId: w.asset.id,
      visibility: "internal",
    });
    await say(w.admin, ticketId, "x");
    expect((await refusal(markTicketMessagesRead(w.as(w.cust), { ticketId, upToId: 1 }))).code).toBe(
      "not_found",
    );
  });

  it("pages newest first by keyset, each page oldest first, none missed or twice", async () => {
    const id = await w.assignedTicket();
    for (let i = 1; i <= MESSAGE_PAGE_SIZE + 5; i++) await say(w.m1, id, `Message ${i}`);
    const number = await numberOf(id);
    const newest = await listTicketMessages(w.as(w.cust), number);
    expect(newest?.messages).toHaveLength(MESSAGE_PAGE_SIZE);
    expect(newest?.messages.at(-1)?.paragraphs).toEqual([
      [{ t: "text", v: `Message ${MESSAGE_PAGE_SIZE + 5}` }],
    ]);
    const older = await listTicketMessages(w.as(w.cust), number, { before: newest!.olderBefore! });
    expect(older?.messages.map((m) => m.paragraphs[0]?.[0])).toEqual(
      [1, 2, 3, 4, 5].map((i) => ({ t: "text", v: `Message ${i}` })),
    );
    expect(older?.olderBefore).toBeNull();
  });
});

describe("what a message leaves behind", () => {
  it("an event and an outbox row without the words; the history leaves it out; the other side is notified", async () => {
    const id = await w.assignedTicket();
    await say(w.cust, id, "CANARY-words-19c2 **please** call me");
    const [event] = (await eventsOf(w.db, id)).filter((e) => e.type === "message_posted");
    // The event names its message (digests read the words from there when they are sent).
    const [message] = await w.db.select().from(ticketMessages).where(eq(ticketMessages.ticketId, id));
    expect(event?.data).toEqual({ messageId: message!.id });
    const rows = await w.db
      .select({ topic: outbox.topic, payload: outbox.payload })
      .from(outbox)
      .where(sql`${outbox.payload}->>'ticketId' = ${id} and ${outbox.topic} = 'ticket.message_posted'`);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain("CANARY-words-19c2");
    const history = await loadTicketHistory(w.db, id, "staff", translator("en"));
    expect(history.items.some((i) => i.text.includes("CANARY"))).toBe(false);

    await drainOutbox();
    const note = async (userId: string) =>
      (
        await w.db
          .select({ kind: notifications.kind })
          .from(notifications)
          .where(and(eq(notifications.userId, userId), eq(notifications.subjectId, id)))
      )[0]?.kind;
    expect(await note(w.m1.id)).toBe("message");
    await say(w.m1, id, "On my way");
    await drainOutbox();
    expect(await note(w.cust.id)).toBe("message");
  });

  it("goes through the one writer with one event, and leaves the version: an open status menu stays valid", async () => {
    const id = await w.assignedTicket();
    const { version } = await ticketRow(w.db, id);
    const posted = await say(w.cust, id, "Hi");
    expect(posted.version).toBe(version);
    const [row] = await w.db.select({ version: tickets.version }).from(tickets).where(eq(tickets.id, id));
    expect(row?.version).toBe(version);
    // The employee who loaded the ticket before the message changes its status without a conflict.
    await changeTicketStatus(w.as(w.m1), {
      ticketId: id,
      version,
      statusId: await statusIdOf(w.db, "in_progress"),
    });
    const count = await w.db
      .select({ n: sql<number>`count(*)::int` })
      .from(ticketEvents)
      .where(and(eq(ticketEvents.ticketId, id), eq(ticketEvents.type, "message_posted")));
    expect(count[0]?.n).toBe(1);
  });
});

describe("updates: the service record, public or internal (workflow.md 2.7)", () => {
  const update = (
    actor: Actor,
    ticketId: string,
    body: string,
    visibility: "public" | "internal" = "public",
  ) => addTicketUpdate(w.as(actor), { ticketId, body, visibility });

  it("employees who may work on it add both kinds, customers public ones, in the history in time order", async () => {
    const id = await w.assignedTicket();
    await update(w.m1, id, "Replaced the **seal**");
    await update(w.m1, id, "CANARY-update-5d1e: the customer's pump is out of warranty", "internal");
    await update(w.cust, id, "It works again, thanks");
    await update(w.admin, id, "Checked by the office", "internal");
    const staff = await loadTicketHistory(w.db, id, "staff", translator("en"));
    const updates = staff.items.filter((i) => i.update);
    expect(updates.map((i) => [i.text, i.update?.internal])).toEqual([
      [`Update from ${w.m1.name}`, false],
      [`Update from ${w.m1.name}`, true],
      [`Update from ${w.cust.name}`, false],
      [`Update from ${w.admin.name}`, true],
    ]);
    expect(updates[0]?.update?.paragraphs).toEqual([
      [
        { t: "text", v: "Replaced the " },
        { t: "strong", c: [{ t: "text", v: "seal" }] },
      ],
    ]);
    expect(staff.items.map((i) => i.id)).toEqual([...staff.items.map((i) => i.id)].sort((a, b) => a - b));

    const customer = await loadTicketHistory(w.db, id, "customer", translator("en"));
    expect(customer.items.filter((i) => i.update).map((i) => i.update?.internal)).toEqual([false, false]);
  });

  it("an internal update's words reach no customer: not the detail, not the outbox, not the bell", async () => {
    const id = await w.assignedTicket();
    await update(w.m1, id, "CANARY-internal-update-88b4 cost us 400 €", "internal");
    const number = await numberOf(id);
    for (const reader of [w.cust, w.otherCust]) {
      const detail = await getTicketDetail(w.as(reader), number);
      expect(detail).not.toBeNull();
      expect(JSON.stringify(detail)).not.toContain("CANARY-internal-update-88b4");
    }
    expect(JSON.stringify(await getTicketDetail(w.as(w.m2), number))).toContain(
      "CANARY-internal-update-88b4",
    );
    await drainOutbox();
    const [leak] = await w.db
      .select({ n: sql<number>`count(*)::int` })
      .from(outbox)
      .where(sql`${outbox.payload}::text like '%CANARY-internal-update-88b4%'`);
    expect(leak?.n).toBe(0);
  });

  it("refuses what the rules refuse, and stores nothing", async () => {
    const id = await w.assignedTicket();
    expect((await refusal(update(w.cust, id, "Sneaky", "internal"))).message).toBe(
      "Only employees add internal updates.",
    );
    expect((await refusal(update(w.m2, id, "Not mine"))).code).toBe("forbidden");
    expect((await refusal(update(w.otherCust, id, "Not mine either"))).code).toBe("forbidden");
    expect((await refusal(update(w.m1, id, "  "))).fieldErrors?.body).toEqual([
      "Write what was done or found first.",
    ]);
    const closed = await ticketIn(["closed"]);
    expect((await refusal(update(w.cust, closed, "After closing"))).code).toBe("not_allowed");
    await update(w.m1, closed, "Follow-up note after closing", "internal");
    const updates = (await eventsOf(w.db, id)).filter((e) => e.type === "update_added");
    expect(updates).toEqual([]);
  });
});

describe("a video session's link in the messenger", () => {
  it("employees share a session of this ticket; customers see the link to a public one only", async () => {
    const id = await w.assignedTicket();
    const number = await numberOf(id);
    const session = await createSession(w.as(w.m1), {
      assetId: w.asset.id,
      customerId: w.cust.id,
      reason: "Look at the pump together",
      ticketId: id,
    });
    await postTicketMessage(w.as(w.m1), {
      ticketId: id,
      body: "Join me here",
      videoSessionId: session.sessionId,
    });
    const seen = await listTicketMessages(w.as(w.cust), number);
    expect(seen?.messages.at(-1)).toMatchObject({
      kind: "video_session",
      videoSessionNumber: session.number,
    });

    const internal = await createSession(w.as(w.m1), {
      assetId: w.asset.id,
      customerId: w.cust.id,
      reason: "Staff only",
      visibility: "internal",
      ticketId: id,
    });
    await postTicketMessage(w.as(w.m1), { ticketId: id, body: "", videoSessionId: internal.sessionId });
    expect((await listTicketMessages(w.as(w.cust), number))?.messages.at(-1)?.videoSessionNumber).toBeNull();
    expect((await listTicketMessages(w.as(w.m2), number))?.messages.at(-1)?.videoSessionNumber).toBe(
      internal.number,
    );

    expect(
      (
        await refusal(
          postTicketMessage(w.as(w.cust), { ticketId: id, body: "", videoSessionId: session.sessionId }),
        )
      ).message,
    ).toMatch(/Only employees invite into a video session/);
    const other = await w.assignedTicket();
    expect(
      (
        await refusal(
          postTicketMessage(w.as(w.m1), { ticketId: other, body: "", videoSessionId: session.sessionId }),
        )
      ).message,
    ).toBe("This video session does not belong to this ticket.");
  });
});
