/** Video-session verbs and queries (workflow.md 3) on a real database; the call: calls.test.ts. */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { outboundMessages, tickets, videoSessionRecipients, videoSessionResponsibles } from "@/db/schema";
import { mayHearMessage } from "@/lib/live/live-audience";
import { listMyNotifications } from "@/lib/notifications/queries";
import { dispatchOutbox } from "@/lib/outbox/dispatch-outbox";
import { addMeAsResponsible } from "@/lib/sessions/add-me-as-responsible";
import { cancelSession } from "@/lib/sessions/cancel-session";
import { confirmSession } from "@/lib/sessions/confirm-session";
import { createSession } from "@/lib/sessions/create-session";
import { createTicketFromSession } from "@/lib/sessions/create-ticket-from-session";
import { linkSessionTicket } from "@/lib/sessions/link-session-ticket";
import { getSessionDetail, listSessions, listTicketSessions } from "@/lib/sessions/queries";
import { reopenSession } from "@/lib/sessions/reopen-session";
import { requestSession } from "@/lib/sessions/request-session";
import { sessionListSchema } from "@/lib/sessions/schemas";
import { sessionCategory, sessionEvents, sessionRow } from "@/tests/support/sessions";
import { createTestDb } from "@/tests/support/test-db";
import { makeTicketWorld, type TicketWorld } from "@/tests/support/ticket-world";
import { refusal, ticketRow } from "@/tests/support/tickets";

let handle: DbHandle;
let db: Db;
let w: TicketWorld;

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  w = await makeTicketWorld(db);
});
afterAll(async () => handle.close());

const drain = async () => {
  while ((await dispatchOutbox(db)) > 0) {}
};
const request = (reason = "The pump hums and stops") =>
  requestSession(w.as(w.cust), { assetId: w.asset.id, reason });
const version = async (id: string) => (await sessionRow(db, id)).version;
const query = (raw: Record<string, string> = {}) => sessionListSchema.parse(raw);

describe("video sessions", () => {
  it("a customer's request goes to the asset's active responsible employees, and tells them", async () => {
    const { sessionId, number } = await request();
    expect(number).toBeGreaterThanOrEqual(1001);
    expect(await sessionCategory(db, sessionId)).toBe("requested");
    const recipients = await db
      .select()
      .from(videoSessionRecipients)
      .where(eq(videoSessionRecipients.sessionId, sessionId));
    expect(recipients.map((r) => r.userId).sort()).toEqual([w.m1.id, w.m2.id].sort());
    expect((await sessionEvents(db, sessionId)).map((e) => e.type)).toEqual(["created"]);
    await drain();
    const bell = await listMyNotifications(w.as(w.m1));
    expect(bell.items.find((n) => n.link === `/sessions/${number}`)?.text).toContain(`V-${number}`);
    expect((await listMyNotifications(w.as(w.m3))).items.some((n) => n.link === `/sessions/${number}`)).toBe(
      false,
    );
  });

  it("refuses a request for an asset the customer holds no code for, or from someone else's ticket", async () => {
    const stranger = await refusal(
      requestSession(w.as(w.otherCust), { assetId: w.bareAsset.id, reason: "Not mine at all" }),
    );
    expect(stranger.code).toBe("invalid");
    const othersTicket = await w.openTicket(w.otherCust);
    const linked = await refusal(
      requestSession(w.as(w.cust), {
        assetId: w.asset.id,
        reason: "About that ticket",
        ticketId: othersTicket,
      }),
    );
    expect(linked.code).toBe("invalid");
    expect(
      (await refusal(requestSession(w.as(w.m1), { assetId: w.asset.id, reason: "Staff cannot" }))).code,
    ).toBe("forbidden");
  });

  it("links a request made from the customer's own ticket, shown on both pages", async () => {
    const ticketId = await w.openTicket();
    const { sessionId, number } = await requestSession(w.as(w.cust), {
      assetId: w.asset.id,
      reason: "Show me the leak",
      ticketId,
    });
    const { number: ticketNumber } = await ticketRow(db, ticketId);
    expect((await getSessionDetail(w.as(w.cust), number))?.linkedTickets).toEqual([
      { number: ticketNumber, title: "Pump leaks" },
    ]);
    expect((await listTicketSessions(w.as(w.m1), ticketId)).map((s) => s.id)).toEqual([sessionId]);
    expect((await listTicketSessions(w.as(w.cust), ticketId)).map((s) => s.id)).toEqual([sessionId]);
  });

  it("a receiving member confirms and becomes responsible; the customer is told in the bell and by e-mail", async () => {
    const { sessionId, number } = await request();
    const outsider = await refusal(
      confirmSession(w.as(w.m3), { sessionId, version: await version(sessionId) }),
    );
    expect(outsider.code).toBe("not_allowed");
    expect(await sessionCategory(db, sessionId)).toBe("requested");
    await confirmSession(w.as(w.m1), { sessionId, version: await version(sessionId) });
    expect(await sessionCategory(db, sessionId)).toBe("confirmed");
    const responsible = await db
      .select()
      .from(videoSessionResponsibles)
      .where(eq(videoSessionResponsibles.sessionId, sessionId));
    expect(responsible.map((r) => r.userId)).toEqual([w.m1.id]);
    await drain();
    expect(
      (await listMyNotifications(w.as(w.cust))).items.find((n) => n.link === `/portal/sessions/${number}`)
        ?.text,
    ).toMatch(/confirmed/);
    const mail = await db
      .select()
      .from(outboundMessages)
      .where(and(eq(outboundMessages.recipient, w.cust.email), eq(outboundMessages.channel, "email")));
    expect(mail.some((m) => m.subject?.includes(`V-${number}`) && m.subject.includes("confirmed"))).toBe(
      true,
    );
    const detail = await getSessionDetail(w.as(w.cust), number);
    expect(detail?.bar.steps.find((s) => s.state === "current")?.label).toBe("Confirmed");
    expect(detail?.actions.joinCall).toBe(true);
    expect(detail?.call).toEqual({
      selfId: w.cust.id,
      peerIds: [w.m1.id],
      peersPresent: false,
      rejoin: false,
    });
  });

  it("refuses a stale version and changes nothing", async () => {
    const { sessionId } = await request();
    const before = await sessionRow(db, sessionId);
    expect((await refusal(confirmSession(w.as(w.m1), { sessionId, version: before.version - 1 }))).code).toBe(
      "conflict",
    );
    expect(await sessionRow(db, sessionId)).toEqual(before);
  });

  it("lets a customer cancel only their own request, employees at any time, and reopen only employees", async () => {
    const { sessionId } = await request();
    expect(
      (await refusal(cancelSession(w.as(w.otherCust), { sessionId, version: await version(sessionId) })))
        .code,
    ).toBe("not_allowed");
    await cancelSession(w.as(w.cust), { sessionId, version: await version(sessionId) });
    expect(await sessionCategory(db, sessionId)).toBe("cancelled");

    const set = await createSession(w.as(w.admin), {
      assetId: w.asset.id,
      customerId: w.cust.id,
      reason: "Check the display",
    });
    expect(await sessionCategory(db, set.sessionId)).toBe("confirmed");
    expect(
      (await refusal(cancelSession(w.as(w.cust), { sessionId: set.sessionId, version: set.version }))).code,
    ).toBe("not_allowed");
    await cancelSession(w.as(w.moderator), { sessionId: set.sessionId, version: set.version });
    const reopen = await refusal(
      reopenSession(w.as(w.admin), { sessionId: set.sessionId, version: await version(set.sessionId) }),
    );
    expect(reopen.code).toBe("not_allowed"); // cancelled is not closed: only closed sessions reopen
  });

  it("sets up a session only with a customer who holds the asset's code", async () => {
    const error = await refusal(
      createSession(w.as(w.m1), {
        assetId: w.bareAsset.id,
        customerId: w.otherCust.id,
        reason: "Wrong person",
      }),
    );
    expect(error.code).toBe("invalid");
    expect(error.fieldErrors?.customerId).toBeDefined();
  });

  it("lets admins and moderators add themselves, and employees link, unlink and create tickets", async () => {
    const { sessionId, number } = await createSession(w.as(w.m1), {
      assetId: w.asset.id,
      customerId: w.cust.id,
      reason: "Walk through the settings",
    });
    await addMeAsResponsible(w.as(w.moderator), { sessionId, version: await version(sessionId) });
    expect((await getSessionDetail(w.as(w.m1), number))?.responsibles.map((r) => r.id).sort()).toEqual(
      [w.m1.id, w.moderator.id].sort(),
    );
    expect(
      (await refusal(addMeAsResponsible(w.as(w.m2), { sessionId, version: await version(sessionId) }))).code,
    ).toBe("forbidden");
    const before = await db.$count(tickets);
    const outsider = await refusal(
      createTicketFromSession(w.as(w.m2), { sessionId, version: await version(sessionId) }),
    );
    expect(outsider.code).toBe("forbidden");
    const stale = await refusal(createTicketFromSession(w.as(w.m1), { sessionId, version: 1 }));
    expect(stale.code).toBe("conflict");
    expect(await db.$count(tickets)).toBe(before); // a refused link leaves no ticket behind
    const made = await createTicketFromSession(w.as(w.m1), { sessionId, version: await version(sessionId) });
    expect((await getSessionDetail(w.as(w.m1), number))?.linkedTickets.map((t) => t.number)).toEqual([
      made.ticketNumber,
    ]);
    await linkSessionTicket(
      w.as(w.m1),
      { sessionId, version: made.version, ticketNumber: made.ticketNumber },
      false,
    );
    expect((await getSessionDetail(w.as(w.m1), number))?.linkedTickets).toEqual([]);
    const unknown = await refusal(
      linkSessionTicket(
        w.as(w.m1),
        { sessionId, version: await version(sessionId), ticketNumber: 999_999 },
        true,
      ),
    );
    expect(unknown.code).toBe("invalid");
    expect((await sessionEvents(db, sessionId)).map((e) => e.type)).toEqual([
      "created",
      "responsible_added",
      "responsible_added",
      "ticket_linked",
      "ticket_unlinked",
    ]);
  });

  it("never gives a customer another asset's session, an internal one, or its live signal", async () => {
    const mine = await requestSession(w.as(w.cust), { assetId: w.bareAsset.id, reason: "Only my asset" });
    const internal = await createSession(w.as(w.admin), {
      assetId: w.asset.id,
      customerId: w.otherCust.id,
      reason: "Staff only",
      visibility: "internal",
    });
    expect(await getSessionDetail(w.as(w.otherCust), mine.number)).toBeNull();
    expect(await getSessionDetail(w.as(w.otherCust), internal.number)).toBeNull();
    const theirs = (await listSessions(w.as(w.otherCust), query({ status: "any" }))).items.map(
      (s) => s.number,
    );
    expect(theirs).not.toContain(mine.number);
    expect(theirs).not.toContain(internal.number);
    expect((await listSessions(w.as(w.cust), query({ status: "any" }))).items.map((s) => s.number)).toContain(
      mine.number,
    );
    const row = await sessionRow(db, mine.sessionId);
    const message = {
      kind: "video_session" as const,
      id: row.id,
      number: row.number,
      version: row.version,
      visibility: row.visibility,
      creatorId: row.customerId,
      assetId: row.assetId,
    };
    expect(mayHearMessage(w.otherCust, new Set([w.asset.id]), message)).toBe(false);
    expect(mayHearMessage(w.cust, new Set(), message)).toBe(true);
    expect(
      mayHearMessage(w.otherCust, new Set([w.asset.id]), {
        ...message,
        kind: "task",
        visibility: "internal",
      }),
    ).toBe(false);
  });

  it("lists sessions newest first in keyset pages, by status and by who is responsible", async () => {
    const made: number[] = [];
    for (let i = 0; i < 26; i++) {
      made.push(
        (
          await createSession(w.as(w.m2), {
            assetId: w.bareAsset.id,
            customerId: w.cust.id,
            reason: `Paging ${i}`,
          })
        ).number,
      );
    }
    const first = await listSessions(w.as(w.m2), query({ responsible: "me", asset: w.bareAsset.id }));
    expect(first.items).toHaveLength(25);
    const second = await listSessions(
      w.as(w.m2),
      query({ responsible: "me", asset: w.bareAsset.id, after: String(first.nextAfter) }),
    );
    expect(second.items.map((s) => s.number)).toEqual([made[0]]);
    expect(
      (await listSessions(w.as(w.m1), query({ responsible: "me", asset: w.bareAsset.id }))).items,
    ).toEqual([]);
  });
});
