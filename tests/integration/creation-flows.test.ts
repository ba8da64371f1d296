import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import {
  auditLog,
  creationFlowSteps,
  creationFlows,
  outbox,
  ticketAnswers,
  ticketFlows,
  ticketOffers,
  tickets,
} from "@/db/schema";
import { findAttachment } from "@/lib/attachments/find-attachment";
import { uploadAttachment } from "@/lib/attachments/upload-attachment";
import type { Actor } from "@/lib/context";
import { listTicketMessages } from "@/lib/conversation/queries";
import { DEFAULT_FLOW_ID } from "@/lib/demo/seed-flows";
import { archiveFlow } from "@/lib/flows/archive-flow";
import { saveAssistantButton } from "@/lib/flows/assistant-buttons";
import { assistantFor } from "@/lib/flows/assistant-queries";
import { deleteDraft } from "@/lib/flows/delete-draft";
import { loadFlowStart } from "@/lib/flows/queries";
import { removeStaleDrafts } from "@/lib/flows/remove-stale-drafts";
import { saveDraft } from "@/lib/flows/save-draft";
import { saveFlow } from "@/lib/flows/save-flow";
import { submitDraft } from "@/lib/flows/submit-draft";
import { listMyNotifications } from "@/lib/notifications/queries";
import { requestSession } from "@/lib/sessions/request-session";
import { listStatusesForAdmin } from "@/lib/statuses/queries";
import type { BlobStore } from "@/lib/storage/blob-store";
import { localDiskStore } from "@/lib/storage/local-disk-store";
import { createTask } from "@/lib/tasks/create-task";
import { cancelTicket } from "@/lib/tickets/cancel-ticket";
import { countTicketsByStatus } from "@/lib/tickets/count-tickets";
import { getTicketDetail } from "@/lib/tickets/get-ticket-detail";
import { listPortalTickets, listStaffTickets } from "@/lib/tickets/list-tickets";
import { createTestDb } from "@/tests/support/test-db";
import { makeTicketWorld, type TicketWorld } from "@/tests/support/ticket-world";
import { refusal, statusIdOf } from "@/tests/support/tickets";

let handle: DbHandle;
let w: TicketWorld;
let root: string;
let store: BlobStore;
let flowId: string;
let steps: { serial: string; photo: string; running: string; asset: string; note: string };

const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d6e0c80000000049454e44ae426082",
  "hex",
);

beforeAll(async () => {
  handle = await createTestDb();
  w = await makeTicketWorld(handle.db);
  root = fs.mkdtempSync(path.join(os.tmpdir(), "flows-"));
  store = localDiskStore(root);
  const saved = await saveFlow(w.as(w.admin), {
    name: "Machine down",
    assetScope: "chosen",
    assetIds: [w.asset.id],
    steps: [
      { question: "Serial number", inputType: "short_text", required: true },
      { question: "Photo of the error screen", inputType: "file", required: false },
      {
        question: "Is it still running?",
        inputType: "single_choice",
        options: ["Yes, badly", "No"],
        required: true,
      },
      { question: "Which machine?", inputType: "asset", required: true },
      { question: "Anything else?", inputType: "long_text", required: false },
    ],
  });
  flowId = saved.flowId;
  const ids = await stepIdsOf(flowId);
  steps = { serial: ids[0]!.id, photo: ids[1]!.id, running: ids[2]!.id, asset: ids[3]!.id, note: ids[4]!.id };
});
afterAll(async () => {
  await handle.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const stepIdsOf = (id: string) =>
  handle.db
    .select({ id: creationFlowSteps.id })
    .from(creationFlowSteps)
    .where(and(eq(creationFlowSteps.flowId, id), isNull(creationFlowSteps.removedAt)))
    .orderBy(asc(creationFlowSteps.position));
const offersOf = (ticketId: string) =>
  handle.db.select().from(ticketOffers).where(eq(ticketOffers.ticketId, ticketId));

async function halfDraft(by: Actor = w.cust) {
  return saveDraft(w.as(by), { flowId, assetId: w.asset.id, answers: { [steps.serial]: "SN-4711" } });
}

describe("a draft is its creator's alone", () => {
  it("is listed, counted and readable for nobody else", async () => {
    const draft = await halfDraft();
    const row = (await handle.db.select().from(tickets).where(eq(tickets.id, draft.ticketId)))[0]!;
    expect(row.statusId).toBe(await statusIdOf(handle.db, "draft"));
    expect(row.title).toBe("SN-4711");

    expect((await listPortalTickets(w.as(w.cust), {})).items.map((i) => i.id)).toContain(draft.ticketId);
    expect(await getTicketDetail(w.as(w.cust), draft.number)).toMatchObject({ draft: { days: 30 } });
    for (const other of [w.otherCust, w.admin, w.moderator, w.m1]) {
      const list =
        other.role === "code_user"
          ? await listPortalTickets(w.as(other), {})
          : await listStaffTickets(w.as(other), {});
      expect(list.items.map((i) => i.id)).not.toContain(draft.ticketId);
      expect(await getTicketDetail(w.as(other), draft.number)).toBeNull();
      expect(await listTicketMessages(w.as(other), draft.number)).toBeNull();
      expect(JSON.stringify(await listMyNotifications(w.as(other)))).not.toContain(draft.ticketId);
      const start = await loadFlowStart(w.as(other), { draftNumber: draft.number, flowId: null });
      expect(start.kind === "form" ? start.form.draft : null).toBeNull();
    }
    const counts = await countTicketsByStatus(w.as(w.admin));
    expect(JSON.stringify(counts)).not.toMatch(/"draft"/);
    // Not even the admins' status screen counts someone else's draft; their own, yes.
    const draftCount = async () =>
      (await listStatusesForAdmin(w.as(w.admin))).groups
        .flatMap((g) => g.statuses)
        .find((st) => st.systemKey === "draft")!.ticketCount;
    const before = await draftCount();
    await saveDraft(w.as(w.admin), { flowId, answers: { [steps.serial]: "SN-A" } });
    expect(await draftCount()).toBe(before + 1);
    await halfDraft();
    expect(await draftCount()).toBe(before + 1);
    // Nothing went out: no offers, no outbox rows, no confirmation.
    expect(await offersOf(draft.ticketId)).toEqual([]);
    expect(
      await handle.db.select().from(outbox).where(sql`payload->>'ticketId' = ${draft.ticketId}`),
    ).toEqual([]);
  });

  it("its files are the creator's only until it is created", async () => {
    const draft = await halfDraft();
    const file = await uploadAttachment(
      w.as(w.cust),
      {
        ticket: { id: draft.ticketId },
        fileName: "screen.png",
        declaredSize: null,
        body: Readable.from([PNG]),
      },
      store,
    );
    const saved = await saveDraft(w.as(w.cust), {
      ticketId: draft.ticketId,
      version: draft.version,
      flowId,
      answers: { [steps.photo]: [file.id] },
    });
    expect(await findAttachment(w.as(w.cust), file.id)).not.toBeNull();
    expect(await findAttachment(w.as(w.admin), file.id)).toBeNull();
    // Someone else's upload cannot be claimed as an answer, not even into their own draft.
    const theirs = await saveDraft(w.as(w.otherCust), {
      flowId,
      assetId: w.asset.id,
      answers: { [steps.serial]: "SN-X" },
    });
    const err = await refusal(
      saveDraft(w.as(w.otherCust), {
        ticketId: theirs.ticketId,
        version: theirs.version,
        flowId,
        answers: { [steps.photo]: [file.id] },
      }),
    );
    expect(err.code).toBe("invalid");
    expect(Object.keys(err.fieldErrors ?? {})).toEqual([steps.photo]);
    const created = await submitDraft(w.as(w.cust), {
      ticketId: draft.ticketId,
      version: saved.version,
      flowId,
      answers: { [steps.running]: "No", [steps.asset]: w.asset.id },
    });
    expect(await findAttachment(w.as(w.m1), file.id)).not.toBeNull();
    const detail = await getTicketDetail(w.as(w.m1), created.number);
    const photo = detail?.provided?.answers.find((a) => a.question === "Photo of the error screen");
    expect(photo?.files.map((f) => f.id)).toEqual([file.id]);
  });

  it("is deleted by its creator only, with its files", async () => {
    const draft = await halfDraft();
    expect((await refusal(deleteDraft(w.as(w.otherCust), { ticketId: draft.ticketId }, store))).code).toBe(
      "not_found",
    );
    expect((await refusal(deleteDraft(w.as(w.admin), { ticketId: draft.ticketId }, store))).code).toBe(
      "not_found",
    );
    await deleteDraft(w.as(w.cust), { ticketId: draft.ticketId }, store);
    expect(await handle.db.select().from(tickets).where(eq(tickets.id, draft.ticketId))).toEqual([]);
  });
});

describe("a draft is not a ticket yet", () => {
  it("cannot be cancelled, moved or written in, even by its creator: it would show it to others", async () => {
    const draft = await halfDraft();
    const err = await refusal(
      cancelTicket(w.as(w.cust), { ticketId: draft.ticketId, version: draft.version }),
    );
    expect(err.code).toBe("not_allowed");
    const [row] = await handle.db.select().from(tickets).where(eq(tickets.id, draft.ticketId));
    expect(row!.statusId).toBe(await statusIdOf(handle.db, "draft"));
    expect(await getTicketDetail(w.as(w.otherCust), draft.number)).toBeNull();
  });

  it("no session or task can be linked to it", async () => {
    const own = await halfDraft();
    const session = await refusal(
      requestSession(w.as(w.cust), {
        assetId: w.asset.id,
        reason: "Please look at it",
        ticketId: own.ticketId,
      }),
    );
    expect(session.code).toBe("invalid");
    const staffDraft = await saveDraft(w.as(w.m1), {
      flowId,
      assetId: w.asset.id,
      answers: { [steps.serial]: "SN-M" },
    });
    for (const ticketId of [own.ticketId, staffDraft.ticketId]) {
      const task = await refusal(
        createTask(w.as(w.m1), { title: "Check the pump", assigneeId: w.m1.id, ticketId }),
      );
      expect(task.code).toBe("invalid");
    }
  });

  it("a customer's draft is public whatever the request says", async () => {
    const draft = await saveDraft(w.as(w.cust), {
      flowId,
      assetId: w.asset.id,
      answers: { [steps.serial]: "SN-P" },
      visibility: "internal",
    });
    const [row] = await handle.db.select().from(tickets).where(eq(tickets.id, draft.ticketId));
    expect(row!.visibility).toBe("public");
  });

  it("two first saves of one form (a double click) make one draft", async () => {
    const clientKey = randomUUID();
    const save = () =>
      saveDraft(w.as(w.cust), {
        flowId,
        assetId: w.asset.id,
        clientKey,
        answers: { [steps.serial]: "SN-D" },
      });
    const [a, b] = await Promise.all([save(), save()]);
    expect(a.ticketId).toBe(b.ticketId);
    const made = await handle.db.select().from(ticketFlows).where(eq(ticketFlows.clientKey, clientKey));
    expect(made).toHaveLength(1);
  });

  it("clearing the asset answer falls back to the asset the flow was started for, not the old answer", async () => {
    const [title, , assetStep] = await stepIdsOf(DEFAULT_FLOW_ID);
    const draft = await saveDraft(w.as(w.cust), {
      flowId: DEFAULT_FLOW_ID,
      answers: { [title!.id]: "Noise", [assetStep!.id]: w.bareAsset.id },
    });
    const cleared = await saveDraft(w.as(w.cust), {
      ticketId: draft.ticketId,
      version: draft.version,
      flowId: DEFAULT_FLOW_ID,
      answers: { [assetStep!.id]: null },
    });
    const [row] = await handle.db.select().from(tickets).where(eq(tickets.id, cleared.ticketId));
    expect(row!.assetId).toBeNull();
  });
});

describe("answers are checked by type on the server", () => {
  it("refuses a wrong answer, names its step, and keeps the draft as it was", async () => {
    const draft = await halfDraft();
    const cases: [string, unknown][] = [
      [steps.running, "Maybe"],
      [steps.asset, w.bareAsset.id], // the customer's, but outside the flow's assets
      [steps.serial, "x".repeat(201)],
      [steps.photo, ["not-a-uuid"]],
    ];
    for (const [step, value] of cases) {
      const err = await refusal(
        saveDraft(w.as(w.cust), {
          ticketId: draft.ticketId,
          version: draft.version,
          flowId,
          answers: { [step]: value },
        }),
      );
      expect(err.code).toBe("invalid");
      expect(Object.keys(err.fieldErrors ?? {})).toEqual([step]);
    }
    const [row] = await handle.db.select().from(tickets).where(eq(tickets.id, draft.ticketId));
    expect(row!.version).toBe(draft.version);
  });

  it("a stale version is refused and nothing is overwritten", async () => {
    const draft = await halfDraft();
    await saveDraft(w.as(w.cust), {
      ticketId: draft.ticketId,
      version: draft.version,
      flowId,
      answers: { [steps.serial]: "SN-1" },
    });
    const err = await refusal(
      saveDraft(w.as(w.cust), {
        ticketId: draft.ticketId,
        version: draft.version,
        flowId,
        answers: { [steps.serial]: "SN-2" },
      }),
    );
    expect(err.code).toBe("conflict");
    const [answer] = await handle.db
      .select()
      .from(ticketAnswers)
      .where(and(eq(ticketAnswers.ticketId, draft.ticketId), eq(ticketAnswers.stepId, steps.serial)));
    expect(answer!.value).toBe("SN-1");
  });

  it("cannot be created while a required step is open, and says which", async () => {
    const draft = await halfDraft();
    const err = await refusal(
      submitDraft(w.as(w.cust), { ticketId: draft.ticketId, version: draft.version, flowId, answers: {} }),
    );
    expect(err.code).toBe("invalid");
    expect(Object.keys(err.fieldErrors ?? {})).toEqual([steps.running]);
    expect(await offersOf(draft.ticketId)).toEqual([]);
  });

  it("Create ticket checks the stored answers again against the flow as it is now", async () => {
    const flow = await saveFlow(w.as(w.admin), {
      name: "Changing",
      steps: [
        { question: "Title", inputType: "short_text", required: true },
        { question: "How many?", inputType: "single_choice", options: ["One", "Many"], required: true },
      ],
    });
    const [t, count] = await stepIdsOf(flow.flowId);
    const draft = await saveDraft(w.as(w.cust), {
      flowId: flow.flowId,
      answers: { [t!.id]: "Leak", [count!.id]: "Many" },
    });
    await saveFlow(w.as(w.admin), {
      flowId: flow.flowId,
      version: flow.version,
      name: "Changing",
      steps: [
        { id: t!.id, question: "Title", inputType: "short_text", required: true },
        { id: count!.id, question: "How many?", inputType: "number", required: true },
      ],
    });
    const err = await refusal(
      submitDraft(w.as(w.cust), {
        ticketId: draft.ticketId,
        version: draft.version,
        flowId: flow.flowId,
        answers: {},
      }),
    );
    expect(Object.keys(err.fieldErrors ?? {})).toEqual([count!.id]);
    expect(await offersOf(draft.ticketId)).toEqual([]);
  });

  it("a flow for other assets cannot be started by a customer who holds none of them", async () => {
    const stranger = await makeUserWithAsset();
    const err = await refusal(saveDraft(w.as(stranger), { flowId, answers: { [steps.serial]: "SN" } }));
    expect(err.code).toBe("not_found");
  });
});

async function makeUserWithAsset() {
  const { makeAsset, makeUser } = await import("@/tests/support/fixtures");
  const user = await makeUser(handle.db, "code_user");
  await makeAsset(handle.db, { holders: [user] });
  return user;
}

describe("completing the last step opens the ticket", () => {
  it("draft → open through the engine, offers to the asset's employees, the creator confirmed", async () => {
    const draft = await halfDraft();
    const created = await submitDraft(w.as(w.cust), {
      ticketId: draft.ticketId,
      version: draft.version,
      flowId,
      answers: { [steps.running]: "Yes, badly", [steps.asset]: w.asset.id, [steps.note]: "Since Monday." },
    });
    expect(created.statusId).toBe(await statusIdOf(handle.db, "open"));
    const offers = await offersOf(draft.ticketId);
    expect(offers.map((o) => o.userId).sort()).toEqual([w.m1.id, w.m2.id].sort());
    const detail = await getTicketDetail(w.as(w.m1), created.number);
    expect(detail?.description).toBe("Since Monday.");
    expect(detail?.provided?.answers.map((a) => [a.question, a.label ?? a.value])).toEqual([
      ["Serial number", "SN-4711"],
      ["Is it still running?", "Yes, badly"],
      ["Which machine?", w.asset.name],
      ["Anything else?", "Since Monday."],
    ]);
    const own = await getTicketDetail(w.as(w.cust), created.number);
    expect(own?.provided?.answers).toHaveLength(4);
    expect(own?.draft).toBeNull();
  });

  it("two clicks on Create ticket at once send the offers once", async () => {
    const draft = await halfDraft();
    const input = {
      ticketId: draft.ticketId,
      version: draft.version,
      flowId,
      answers: { [steps.running]: "No", [steps.asset]: w.asset.id },
    };
    const results = await Promise.allSettled([
      submitDraft(w.as(w.cust), input),
      submitDraft(w.as(w.cust), input),
    ]);
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    // Both clicks end on the created ticket: the second finds it created and changes nothing.
    expect(fulfilled).toHaveLength(2);
    expect(await offersOf(draft.ticketId)).toHaveLength(2);
    const confirmations = await handle.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.topic, "ticket.created"), sql`payload->>'ticketId' = ${draft.ticketId}`));
    expect(confirmations).toHaveLength(1);
    const opened = await handle.db.execute(
      sql`select count(*)::int as n from ticket_events where ticket_id = ${draft.ticketId} and type = 'status_changed'`,
    );
    expect(JSON.stringify(opened)).toContain('"n":1');
  });

  it("employees answer Visibility last, and an internal ticket stays internal", async () => {
    const base = {
      flowId,
      assetId: w.asset.id,
      answers: { [steps.serial]: "SN-9", [steps.running]: "No", [steps.asset]: w.asset.id },
    };
    const draft = await saveDraft(w.as(w.m1), base);
    const err = await refusal(
      submitDraft(w.as(w.m1), { ...base, ticketId: draft.ticketId, version: draft.version }),
    );
    expect(Object.keys(err.fieldErrors ?? {})).toEqual(["visibility"]);
    const created = await submitDraft(w.as(w.m1), {
      ...base,
      ticketId: draft.ticketId,
      version: draft.version,
      visibility: "internal",
    });
    expect(await getTicketDetail(w.as(w.cust), created.number)).toBeNull();
    expect((await getTicketDetail(w.as(w.admin), created.number))?.audience).toBe("staff");
  });
});

describe("archiving a flow", () => {
  it("keeps the questions and answers of tickets made with it, as they were asked", async () => {
    const flow = await saveFlow(w.as(w.admin), {
      name: "Short",
      steps: [{ question: "What broke?", inputType: "short_text", required: true }],
    });
    const draft = await saveDraft(w.as(w.cust), { flowId: flow.flowId, answers: {} });
    const [step] = await stepIdsOf(flow.flowId);
    const created = await submitDraft(w.as(w.cust), {
      ticketId: draft.ticketId,
      version: draft.version,
      flowId: flow.flowId,
      answers: { [step!.id]: "The belt" },
    });
    await saveFlow(w.as(w.admin), {
      flowId: flow.flowId,
      version: flow.version,
      name: "Short",
      steps: [{ question: "Something else entirely", inputType: "long_text", required: false }],
    });
    await archiveFlow(w.as(w.admin), { flowId: flow.flowId, version: flow.version + 1 });
    const detail = await getTicketDetail(w.as(w.cust), created.number);
    expect(detail?.provided).toEqual({
      flowName: "Short",
      answers: [
        { question: "What broke?", inputType: "short_text", value: "The belt", label: null, files: [] },
      ],
    });
    // Nobody starts it any more.
    expect((await refusal(saveDraft(w.as(w.cust), { flowId: flow.flowId, answers: {} }))).code).toBe(
      "not_found",
    );
  });

  it("refuses to archive the last active flow, moves the default, and only admins may", async () => {
    expect((await refusal(archiveFlow(w.as(w.moderator), { flowId, version: 1 }))).code).toBe("forbidden");
    const others = await handle.db
      .select({ id: creationFlows.id, version: creationFlows.version })
      .from(creationFlows)
      .where(and(isNull(creationFlows.archivedAt), ne(creationFlows.id, flowId)));
    for (const flow of others) await archiveFlow(w.as(w.admin), { flowId: flow.id, version: flow.version });
    const err = await refusal(archiveFlow(w.as(w.admin), { flowId, version: 1 }));
    expect(err.code).toBe("not_allowed");
    const [kept] = await handle.db.select().from(creationFlows).where(eq(creationFlows.id, flowId));
    expect(kept).toMatchObject({ isDefault: true, archivedAt: null });
  });
});

describe("the assistant", () => {
  it("shows each asset the buttons that apply to it, in order, and hides archived flows", async () => {
    const everyone = await saveFlow(w.as(w.admin), {
      name: "Any asset",
      steps: [{ question: "What?", inputType: "short_text" }],
    });
    const gone = await saveFlow(w.as(w.admin), {
      name: "Soon gone",
      steps: [{ question: "What?", inputType: "short_text" }],
    });
    await saveAssistantButton(w.as(w.admin), { label: "Scoped", target: "flow", flowId });
    await saveAssistantButton(w.as(w.admin), { label: "Any", target: "flow", flowId: everyone.flowId });
    await saveAssistantButton(w.as(w.admin), { label: "Call", target: "video_session" });
    await saveAssistantButton(w.as(w.admin), { label: "Gone", target: "flow", flowId: gone.flowId });
    await archiveFlow(w.as(w.admin), { flowId: gone.flowId, version: gone.version });
    expect(
      (await refusal(saveAssistantButton(w.as(w.m1), { label: "X", target: "video_session" }))).code,
    ).toBe("forbidden");
    const view = await assistantFor(w.as(w.cust));
    const labels = Object.fromEntries(view.map((a) => [a.id, a.actions.map((x) => x.label)]));
    expect(labels[w.asset.id]).toEqual(["Scoped", "Any", "Call"]);
    expect(labels[w.bareAsset.id]).toEqual(["Any", "Call"]);
    const scoped = view.find((a) => a.id === w.asset.id)!.actions[0]!;
    expect(scoped.href).toBe(`/portal/tickets/new?flow=${flowId}&asset=${w.asset.id}`);
  });
});

describe("the clean-up of old drafts", () => {
  it("removes drafts untouched for longer than the retention, with an audit entry, and leaves the rest", async () => {
    const old = await halfDraft();
    const fresh = await halfDraft();
    await handle.db
      .update(tickets)
      .set({ updatedAt: sql`now() - interval '31 days'` })
      .where(eq(tickets.id, old.ticketId));
    const removed = await removeStaleDrafts(handle.db, store, 30);
    expect(removed).toBe(1);
    expect(await handle.db.select().from(tickets).where(eq(tickets.id, old.ticketId))).toEqual([]);
    expect(await handle.db.select().from(tickets).where(eq(tickets.id, fresh.ticketId))).toHaveLength(1);
    const entries = await handle.db.select().from(auditLog).where(eq(auditLog.targetId, old.ticketId));
    expect(entries.map((e) => e.action)).toEqual(["ticket.draft_removed"]);
    expect(await removeStaleDrafts(handle.db, store, 30)).toBe(0);
  });
});
