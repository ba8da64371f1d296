/** The call's server side: joining, signalling, and the status it drives by itself (workflow.md 3). */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { callParticipants, callSignals } from "@/db/schema";
import { CALL_SIGNAL_CHANNEL, type CallSignalNotice, loadSignal } from "@/lib/calls/call-signals";
import { endAbandonedCalls } from "@/lib/calls/end-abandoned-calls";
import { hangUpCall } from "@/lib/calls/hang-up-call";
import { joinCall } from "@/lib/calls/join-call";
import { pingCall } from "@/lib/calls/ping-call";
import { reportMediaUp } from "@/lib/calls/report-media-up";
import { sendCallSignal } from "@/lib/calls/send-call-signal";
import { createSignalDelivery } from "@/lib/calls/signal-delivery";
import { addMeAsResponsible } from "@/lib/sessions/add-me-as-responsible";
import { confirmSession } from "@/lib/sessions/confirm-session";
import { getSessionDetail } from "@/lib/sessions/queries";
import { rateSession } from "@/lib/sessions/rate-session";
import { reopenSession } from "@/lib/sessions/reopen-session";
import { requestSession } from "@/lib/sessions/request-session";
import { sessionCategory, sessionEvents, sessionRow } from "@/tests/support/sessions";
import { createTestDb } from "@/tests/support/test-db";
import { makeTicketWorld, type TicketWorld } from "@/tests/support/ticket-world";
import { refusal, setDonePolicy } from "@/tests/support/tickets";

let handle: DbHandle;
let db: Db;
let w: TicketWorld;

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  w = await makeTicketWorld(db);
});
afterAll(async () => handle.close());

/** A session the customer requested and member m1 confirmed: the call is open to these two. */
async function confirmedSession() {
  const requested = await requestSession(w.as(w.cust), { assetId: w.asset.id, reason: "Show me the noise" });
  const confirmed = await confirmSession(w.as(w.m1), {
    sessionId: requested.sessionId,
    version: requested.version,
  });
  return confirmed;
}

/** Both sides joined and connected: the call is running. */
async function runningCall() {
  const { sessionId, number } = await confirmedSession();
  await joinCall(w.as(w.cust), { sessionId });
  await joinCall(w.as(w.m1), { sessionId });
  await reportMediaUp(w.as(w.cust), { sessionId });
  await reportMediaUp(w.as(w.m1), { sessionId });
  expect(await sessionCategory(db, sessionId)).toBe("in_progress");
  return { sessionId, number };
}

const statusEvents = async (sessionId: string) =>
  (await sessionEvents(db, sessionId)).filter((e) => e.type === "status_changed").map((e) => e.data.reason);

describe("calls", () => {
  it("lets only the customer and the responsible employees in, and only while confirmed or running", async () => {
    const requested = await requestSession(w.as(w.cust), {
      assetId: w.asset.id,
      reason: "Not confirmed yet",
    });
    expect((await refusal(joinCall(w.as(w.cust), { sessionId: requested.sessionId }))).code).toBe(
      "not_allowed",
    );
    const { sessionId } = await confirmedSession();
    expect((await refusal(joinCall(w.as(w.m2), { sessionId }))).code).toBe("not_allowed");
    expect((await refusal(joinCall(w.as(w.otherCust), { sessionId }))).code).toBe("not_allowed");
    expect((await joinCall(w.as(w.cust), { sessionId })).peers).toEqual([]);
    // The second to come finds the first there, and makes the offer.
    expect((await joinCall(w.as(w.m1), { sessionId })).peers).toEqual([w.cust.id]);
  });

  it("passes signals only between the call's sides, announced by id on one channel", async () => {
    const { sessionId } = await confirmedSession();
    await joinCall(w.as(w.cust), { sessionId });
    const heard: CallSignalNotice[] = [];
    const unlisten = await handle.listen(CALL_SIGNAL_CHANNEL, (p) =>
      heard.push(JSON.parse(p) as CallSignalNotice),
    );
    const sdp = `v=0\r\n${"a=x\r\n".repeat(2_000)}`; // larger than a NOTIFY payload may be
    await sendCallSignal(w.as(w.cust), { sessionId, to: w.m1.id, payload: { type: "offer", sdp } });
    await expect.poll(() => heard.filter((n) => n.to === w.m1.id).length).toBe(1);
    await unlisten();
    const notice = heard.find((n) => n.to === w.m1.id)!;
    expect(await loadSignal(db, notice.id, w.m1.id)).toEqual({
      id: notice.id,
      sessionId,
      from: w.cust.id,
      payload: { type: "offer", sdp },
    });
    expect(await loadSignal(db, notice.id, w.m2.id)).toBeNull();
    const outsider = await refusal(
      sendCallSignal(w.as(w.cust), { sessionId, to: w.m2.id, payload: { type: "answer", sdp: "x" } }),
    );
    expect(outsider.code).toBe("invalid");
  });

  it("starts the call once both sides report media, exactly once when they report at the same moment", async () => {
    const { sessionId } = await confirmedSession();
    await joinCall(w.as(w.cust), { sessionId });
    await joinCall(w.as(w.m1), { sessionId });
    const results = await Promise.all([
      reportMediaUp(w.as(w.cust), { sessionId }),
      reportMediaUp(w.as(w.m1), { sessionId }),
    ]);
    expect(results.filter((r) => r.started)).toHaveLength(1);
    expect(await sessionCategory(db, sessionId)).toBe("in_progress");
    expect(await statusEvents(sessionId)).toEqual(["confirmed", "call_started"]);
    expect((await sessionRow(db, sessionId)).callStartedAt).not.toBeNull();
    // A late second report changes nothing.
    await reportMediaUp(w.as(w.cust), { sessionId });
    expect(await statusEvents(sessionId)).toEqual(["confirmed", "call_started"]);
    await hangUpCall(w.as(w.cust), { sessionId });
  });

  it("does not start with one side alone", async () => {
    const { sessionId } = await confirmedSession();
    await joinCall(w.as(w.cust), { sessionId });
    expect((await reportMediaUp(w.as(w.cust), { sessionId })).started).toBe(false);
    expect(await sessionCategory(db, sessionId)).toBe("confirmed");
  });

  it("ends in Done on a hang-up with the rating on, once when both hang up at once; the rating closes it", async () => {
    await setDonePolicy(db, { mode: "rating", autoCloseAfterDays: null });
    const { sessionId, number } = await runningCall();
    await Promise.all([hangUpCall(w.as(w.cust), { sessionId }), hangUpCall(w.as(w.m1), { sessionId })]);
    expect(await sessionCategory(db, sessionId)).toBe("done");
    expect(await statusEvents(sessionId)).toEqual(["confirmed", "call_started", "call_ended"]);
    const detail = await getSessionDetail(w.as(w.cust), number);
    expect(detail?.durationSeconds).not.toBeNull();
    expect(detail?.actions.rate).toBe(true);
    await rateSession(w.as(w.cust), {
      sessionId,
      version: detail!.version,
      stars: 4,
      comment: "Clear picture",
    });
    expect(await sessionCategory(db, sessionId)).toBe("closed");
    expect((await getSessionDetail(w.as(w.m1), number))?.rating).toEqual({
      stars: 4,
      comment: "Clear picture",
    });
  });

  it("ends in Closed when the rating is off, and tells the other side bye", async () => {
    await setDonePolicy(db, { mode: "confirmation", autoCloseAfterDays: null });
    const { sessionId } = await runningCall();
    await hangUpCall(w.as(w.m1), { sessionId });
    expect(await sessionCategory(db, sessionId)).toBe("closed");
    const bye = await db
      .select()
      .from(callSignals)
      .where(and(eq(callSignals.sessionId, sessionId), eq(callSignals.toUserId, w.cust.id)));
    expect(bye.map((s) => s.payload)).toContainEqual({ type: "bye" });
    await setDonePolicy(db, { mode: "rating", autoCloseAfterDays: null });
  });

  it("ends a call whose side stays gone past the grace period, not before, and not one that came back", async () => {
    const { sessionId } = await runningCall();
    const now = Date.now();
    expect(await endAbandonedCalls(db, new Date(now + 10_000))).toBe(0);
    expect(await sessionCategory(db, sessionId)).toBe("in_progress");

    // The customer's page pings (a reload came back); only the employee's side goes quiet.
    await db
      .update(callParticipants)
      .set({ seenAt: new Date(now + 30_000) })
      .where(and(eq(callParticipants.sessionId, sessionId), eq(callParticipants.userId, w.cust.id)));
    expect(await endAbandonedCalls(db, new Date(now + 25_000))).toBe(1);
    expect(await sessionCategory(db, sessionId)).toBe("done");
    expect(await statusEvents(sessionId)).toEqual(["confirmed", "call_started", "call_ended"]);
    expect(await endAbandonedCalls(db, new Date(now + 60_000))).toBe(0);
    expect((await pingCall(w.as(w.m1), { sessionId })).inCall).toBe(false);
  });

  it("does not end a call between the customer and an employee when an admin who looked in is gone", async () => {
    const { sessionId, version } = await confirmedSession();
    await addMeAsResponsible(w.as(w.admin), { sessionId, version });
    await joinCall(w.as(w.admin), { sessionId }); // then the admin's tab closes
    await joinCall(w.as(w.cust), { sessionId });
    await joinCall(w.as(w.m1), { sessionId });
    await reportMediaUp(w.as(w.cust), { sessionId });
    await reportMediaUp(w.as(w.m1), { sessionId });
    expect(await sessionCategory(db, sessionId)).toBe("in_progress");
    const now = Date.now();
    for (const user of [w.cust, w.m1]) {
      await db
        .update(callParticipants)
        .set({ seenAt: new Date(now + 30_000) })
        .where(and(eq(callParticipants.sessionId, sessionId), eq(callParticipants.userId, user.id)));
    }
    expect(await endAbandonedCalls(db, new Date(now + 25_000))).toBe(0);
    expect(await sessionCategory(db, sessionId)).toBe("in_progress");
    const [admin] = await db
      .select()
      .from(callParticipants)
      .where(and(eq(callParticipants.sessionId, sessionId), eq(callParticipants.userId, w.admin.id)));
    expect(admin?.leftAt).not.toBeNull();
    await hangUpCall(w.as(w.m1), { sessionId });
  });

  it("starts a reopened session's call only when both sides connect again, whatever the last call left", async () => {
    const { sessionId, number } = await runningCall();
    await hangUpCall(w.as(w.cust), { sessionId });
    const done = await getSessionDetail(w.as(w.cust), number);
    await rateSession(w.as(w.cust), { sessionId, version: done!.version, stars: 3, comment: null });
    await reopenSession(w.as(w.m1), { sessionId, version: (await sessionRow(db, sessionId)).version });
    expect(await sessionCategory(db, sessionId)).toBe("confirmed");
    expect(
      (await db.select().from(callParticipants).where(eq(callParticipants.sessionId, sessionId))).every(
        (p) => p.leftAt !== null && p.mediaUpAt === null,
      ),
    ).toBe(true);
    await joinCall(w.as(w.m1), { sessionId });
    expect((await reportMediaUp(w.as(w.m1), { sessionId })).started).toBe(false);
    expect(await sessionCategory(db, sessionId)).toBe("confirmed");
    await joinCall(w.as(w.cust), { sessionId });
    // The employee's report since the reopen counts; the customer's from the last call did not.
    expect((await reportMediaUp(w.as(w.cust), { sessionId })).started).toBe(true);
    await hangUpCall(w.as(w.cust), { sessionId });
  });

  it("delivers a stream's signals in order, each once, and replays what a reconnecting stream missed", async () => {
    const { sessionId } = await confirmedSession();
    await joinCall(w.as(w.cust), { sessionId });
    const ids: number[] = [];
    const unlisten = await handle.listen(CALL_SIGNAL_CHANNEL, (p) => {
      const notice = JSON.parse(p) as CallSignalNotice;
      if (notice.to === w.m1.id) ids.push(notice.id);
    });
    for (const n of [1, 2, 3]) {
      await sendCallSignal(w.as(w.cust), {
        sessionId,
        to: w.m1.id,
        payload: { type: "candidate", candidate: { candidate: `c${n}` } },
      });
    }
    await expect.poll(() => ids.length).toBe(3);
    await unlisten();
    const got: string[] = [];
    const tag = (s: { payload: unknown }) =>
      (s.payload as { candidate: { candidate: string } }).candidate.candidate;
    const live = createSignalDelivery(db, w.m1.id, 0, (s) => got.push(tag(s)));
    for (const id of [ids[0]!, ids[1]!, ids[1]!, ids[2]!]) live.deliver(id);
    await expect.poll(() => got).toEqual(["c1", "c2", "c3"]);
    // A stream that last got c1 reconnects: c2 and c3 come again, c1 not; a notice of c3 adds nothing.
    const again: string[] = [];
    const back = createSignalDelivery(db, w.m1.id, ids[0]!, (s) => again.push(tag(s)));
    back.replay();
    back.deliver(ids[2]!);
    await expect.poll(() => again).toEqual(["c2", "c3"]);
    // Nobody else's stream reads them.
    const other: string[] = [];
    createSignalDelivery(db, w.m2.id, 0, (s) => other.push(tag(s))).deliver(ids[0]!);
    await new Promise((r) => setTimeout(r, 50));
    expect(other).toEqual([]);
  });
});
