/** The admins' status screen (workflow.md 2.5): limits, names, categories, order and deleting. */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { statuses } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { msg } from "@/lib/i18n/msg";
import { english } from "@/lib/i18n/translate";
import { loadDonePolicy } from "@/lib/settings/done-policy";
import { archiveStatus } from "@/lib/statuses/archive-status";
import { createStatus } from "@/lib/statuses/create-status";
import { loadTicketStatuses } from "@/lib/statuses/load-statuses";
import { countCustomStatuses, listStatusesForAdmin } from "@/lib/statuses/queries";
import { reorderStatus } from "@/lib/statuses/reorder-status";
import { updateStatus } from "@/lib/statuses/update-status";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { overviewOptions } from "@/lib/tickets/form-options";
import { getTicketDetail } from "@/lib/tickets/get-ticket-detail";
import { listStaffTickets } from "@/lib/tickets/list-tickets";
import { rateTicket } from "@/lib/tickets/rate-ticket";
import { LIVE_CHANNEL, type LiveMessage } from "@/lib/work-items/live-message";
import { MAX_CUSTOM_STATUSES } from "@/lib/workflow/status-actions";
import { ticketBar } from "@/lib/workflow/status-bar";
import type { SystemStatusKey, TicketCategory } from "@/lib/workflow/ticket-categories";
import { ticketCategory } from "@/lib/workflow/ticket-categories";
import { allowedTargets, type StatusRef } from "@/lib/workflow/ticket-engine";
import { makeUser } from "@/tests/support/fixtures";
import { createTestDb, usesPostgres } from "@/tests/support/test-db";
import { makeTicketWorld, type TicketWorld } from "@/tests/support/ticket-world";
import { driveTo, eventsOf, refusal, statusIdOf, ticketRow } from "@/tests/support/tickets";

const DUPLICATE_STATUS_NAME_MESSAGE = english(msg("errors.statuses.duplicateName"));

let handle: DbHandle;
let db: Db;
let admin: Actor;
let moderator: Actor;
let m1: Actor;
let cust: Actor;
let as: TicketWorld["as"];
let assignedTicket: TicketWorld["assignedTicket"];

beforeAll(async () => {
  handle = await createTestDb();
  ({ db, admin, moderator, m1, cust, as, assignedTicket } = await makeTicketWorld(handle.db));
});
afterAll(() => handle.close());

let seq = 0;
const uniqueName = (prefix = "Status") => `${prefix} ${++seq}`;

/** A custom status created by the admin; returns its id. */
async function custom(category: TicketCategory = "in_progress", name = uniqueName()): Promise<string> {
  return (await createStatus(as(admin), { name, category, color: "#123abc" })).id;
}

async function statusRow(id: string) {
  const [row] = await db.select().from(statuses).where(eq(statuses.id, id));
  if (!row) throw new Error(`no status ${id}`);
  return row;
}

/** Moves a ticket as the admin to any status, at its current version. */
async function moveTicket(ticketId: string, statusId: string) {
  const { version } = await ticketRow(db, ticketId);
  return changeTicketStatus(as(admin), { ticketId, version, statusId });
}

/** An assigned ticket moved by the admin through In Progress into `statusId`. */
async function ticketIn(statusId: string): Promise<string> {
  const id = await assignedTicket();
  await driveTo(db, admin, id, ["in_progress"]);
  await moveTicket(id, statusId);
  return id;
}

/** What the engine sees for a ticket's admin now: its "Change status" targets, by name. */
async function targetsOf(ticketId: string): Promise<string[]> {
  const list = await loadTicketStatuses(db);
  const row = await ticketRow(db, ticketId);
  const status = list.find((s) => s.id === row.statusId)!;
  const targets = allowedTargets({
    actor: { id: admin.id, role: "admin" },
    ticket: { status, creatorId: cust.id, assigneeIds: [m1.id], offers: [], amountCents: null },
    statuses: list,
    policy: await loadDonePolicy(db),
  });
  return targets.map((s: StatusRef) => s.name).sort();
}

describe("the limit of custom statuses", () => {
  it(`creates up to ${MAX_CUSTOM_STATUSES}, refuses the next with a message naming the limit, and archiving frees a slot`, async () => {
    const created: string[] = [];
    const start = await countCustomStatuses(db);
    for (let i = start; i < MAX_CUSTOM_STATUSES; i++) created.push(await custom("on_hold"));
    expect(await countCustomStatuses(db)).toBe(MAX_CUSTOM_STATUSES);

    const error = await refusal(custom("done"));
    expect(error.code).toBe("not_allowed");
    expect(error.message).toContain("30");
    expect(await countCustomStatuses(db)).toBe(MAX_CUSTOM_STATUSES);
    const list = await listStatusesForAdmin(as(admin));
    expect(list).toMatchObject({ customCount: 30, limit: 30 });

    await archiveStatus(as(admin), { statusId: created.pop()! });
    created.push(await custom("done"));
    expect(await countCustomStatuses(db)).toBe(MAX_CUSTOM_STATUSES);

    for (const statusId of created) await archiveStatus(as(admin), { statusId });
    expect(await countCustomStatuses(db)).toBe(start);
  });

  it("lets only one of several admins racing for the last slot create it", async () => {
    const created: string[] = [];
    for (let i = await countCustomStatuses(db); i < MAX_CUSTOM_STATUSES - 1; i++) {
      created.push(await custom("on_hold"));
    }
    const admins = [
      admin,
      await makeUser(db, "admin"),
      await makeUser(db, "admin"),
      await makeUser(db, "admin"),
    ];
    const results = await Promise.allSettled(
      admins.map((a) =>
        createStatus(as(a), { name: uniqueName("Race"), category: "done", color: "#000000" }),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(admins.length - 1);
    for (const r of lost) expect(String((r as PromiseRejectedResult).reason.message)).toContain("30");
    expect(await countCustomStatuses(db)).toBe(MAX_CUSTOM_STATUSES);

    created.push((won[0] as PromiseFulfilledResult<{ id: string }>).value.id);
    for (const statusId of created) await archiveStatus(as(admin), { statusId });
  });
});

describe("createStatus", () => {
  it("adds a status at the end of In Progress, with its colour and actions", async () => {
    const id = await custom("in_progress");
    const actionsId = (
      await createStatus(as(admin), {
        name: uniqueName("Notify"),
        category: "in_progress",
        color: "#ABCDEF",
        actions: [{ type: "sms_customer", body: "Ticket {{number}} is being worked on." }],
      })
    ).id;
    const row = await statusRow(actionsId);
    expect(row).toMatchObject({
      category: "in_progress",
      color: "#abcdef",
      systemKey: null,
      isDefault: false,
    });
    expect(row.actions).toEqual([{ type: "sms_customer", body: "Ticket {{number}} is being worked on." }]);
    expect(row.position).toBeGreaterThan((await statusRow(id)).position);
    const group = (await listStatusesForAdmin(as(admin))).groups.find((g) => g.category === "in_progress")!;
    expect(group.statuses.map((s) => s.id).slice(-2)).toEqual([id, actionsId]);
    expect(group.statuses[0]).toMatchObject({ name: "In Progress", isDefault: true, isSystem: true });
  });

  it.each(["draft", "open", "assigned", "cancelled"] as const)(
    "refuses a custom status in %s",
    async (category) => {
      const before = await countCustomStatuses(db);
      const error = await refusal(custom(category));
      expect(error.code).toBe("invalid");
      expect(error.fieldErrors?.category?.[0]).toMatch(/can only be added to/);
      expect(await countCustomStatuses(db)).toBe(before);
    },
  );

  it("refuses bad colours and bad action templates with messages per field", async () => {
    const error = await refusal(
      createStatus(as(admin), {
        name: "",
        category: "done",
        color: "red",
        actions: [{ type: "email_customer", subject: "", body: "Hi" }, { type: "open_payment" }],
      }),
    );
    expect(error.code).toBe("invalid");
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual([
      "actions.email_customer.subject",
      "color",
      "name",
    ]);
    const both = await refusal(
      createStatus(as(admin), {
        name: uniqueName(),
        category: "done",
        color: "#000000",
        actions: [{ type: "open_payment" }, { type: "write_off" }],
      }),
    );
    expect(both.fieldErrors?.actions?.[0]).toMatch(/cannot both/);
  });
});

describe("unique names among active statuses", () => {
  it("refuses a name an active status has, ignoring case", async () => {
    const name = uniqueName("Parts");
    await custom("in_progress", name);
    const error = await refusal(custom("done", name.toUpperCase()));
    expect(error.fieldErrors?.name).toEqual([DUPLICATE_STATUS_NAME_MESSAGE]);
    const system = await refusal(custom("done", "on HOLD"));
    expect(system.fieldErrors?.name).toEqual([DUPLICATE_STATUS_NAME_MESSAGE]);
  });

  it("treats runs of spaces as one, so two names never look alike in a menu", async () => {
    const id = await custom("on_hold", "Awaiting \t  spare parts ");
    expect((await statusRow(id)).name).toBe("Awaiting spare parts");
    const error = await refusal(custom("done", "awaiting   spare PARTS"));
    expect(error.fieldErrors?.name).toEqual([DUPLICATE_STATUS_NAME_MESSAGE]);
  });

  it("reuses the name of an archived status", async () => {
    const name = uniqueName("Old");
    const old = await custom("done", name);
    await archiveStatus(as(admin), { statusId: old });
    const again = await custom("done", name);
    expect(again).not.toBe(old);
  });

  it("refuses renaming to another active status's name, but keeps a status's own name in another case", async () => {
    const a = await custom("in_progress", uniqueName("Alpha"));
    const bName = uniqueName("Beta");
    await custom("in_progress", bName);
    const error = await refusal(updateStatus(as(admin), { statusId: a, name: bName, color: "#000000" }));
    expect(error.fieldErrors?.name).toEqual([DUPLICATE_STATUS_NAME_MESSAGE]);
    await updateStatus(as(admin), { statusId: a, name: "ALPHA RENAMED", color: "#000000" });
    await updateStatus(as(admin), { statusId: a, name: "Alpha renamed", color: "#000000" });
    expect((await statusRow(a)).name).toBe("Alpha renamed");
  });
});

describe("updateStatus", () => {
  it("renames, recolours and gives actions to a default status, which stays in its category", async () => {
    const id = await statusIdOf(db, "waiting_customer");
    await updateStatus(as(admin), {
      statusId: id,
      name: "Waiting for you",
      color: "#0000ff",
      category: "waiting_customer",
      actions: [{ type: "email_customer", subject: "About {{number}}", body: "We need your answer." }],
    });
    expect(await statusRow(id)).toMatchObject({
      name: "Waiting for you",
      color: "#0000ff",
      category: "waiting_customer",
      systemKey: "waiting_customer",
    });
    const error = await refusal(
      updateStatus(as(admin), {
        statusId: id,
        name: "Waiting for you",
        color: "#0000ff",
        category: "on_hold",
      }),
    );
    expect(error.code).toBe("not_allowed");
    expect((await statusRow(id)).category).toBe("waiting_customer");
  });

  it.each(["open", "assigned", "reopened", "in_progress", "closed", "cancelled"] as const)(
    "refuses the payment window on %s, which tickets also enter without an employee's change",
    async (key) => {
      const id = await statusIdOf(db, key);
      const before = await statusRow(id);
      const error = await refusal(
        updateStatus(as(admin), {
          statusId: id,
          name: before.name,
          color: before.color,
          actions: [{ type: "open_payment" }],
        }),
      );
      expect(error.code).toBe("invalid");
      expect(error.fieldErrors?.actions?.[0]).toMatch(/cannot open the payment window/);
      expect(await statusRow(id)).toEqual(before);
    },
  );

  it.each(["waiting_customer", "on_hold", "done", "closed_unsuccessful"] as const)(
    "lets %s, entered only by an employee's change, open the payment window",
    async (key) => {
      const id = await statusIdOf(db, key);
      const before = await statusRow(id);
      await updateStatus(as(admin), {
        statusId: id,
        name: before.name,
        color: before.color,
        actions: [{ type: "open_payment" }],
      });
      expect((await statusRow(id)).actions).toEqual([{ type: "open_payment" }]);
      await updateStatus(as(admin), {
        statusId: id,
        name: before.name,
        color: before.color,
        actions: before.actions,
      });
    },
  );

  it.each(["draft", "in_progress", "closed_unsuccessful"] as const)(
    "never moves a system status, here Closed to %s",
    async (category) => {
      const id = await statusIdOf(db, "closed");
      const error = await refusal(
        updateStatus(as(admin), { statusId: id, name: "Closed", color: "#15803d", category }),
      );
      expect(error.code).toBe("not_allowed");
      expect(error.message).toMatch(/System statuses/);
    },
  );

  it("moves a custom In Progress status to On hold: its tickets are paused and may do what On hold tickets may", async () => {
    const id = await custom("in_progress", uniqueName("Parts ordered"));
    const ticketId = await ticketIn(id);
    await updateStatus(as(admin), {
      statusId: id,
      name: "Parts ordered",
      color: "#000000",
      category: "on_hold",
    });

    const moved = await statusRow(id);
    expect(moved.category).toBe("on_hold");
    const onHold = (await listStatusesForAdmin(as(admin))).groups.find((g) => g.category === "on_hold")!;
    expect(onHold.statuses.at(-1)?.id).toBe(id); // at the end of its new category
    expect(
      ticketBar({
        category: ticketCategory(moved.category),
        statusName: moved.name,
        cancelledFrom: null,
        audience: "staff",
      }),
    ).toMatchObject({
      steps: expect.arrayContaining([expect.objectContaining({ state: "current", paused: true })]),
    });

    // The same targets as a ticket in the default On hold status, apart from each one's own status.
    const other = await ticketIn(await statusIdOf(db, "on_hold"));
    const withoutOwn = async (t: string) => {
      const own = (await statusRow((await ticketRow(db, t)).statusId)).name;
      return (await targetsOf(t)).filter((n) => n !== own && n !== "On hold" && n !== "Parts ordered");
    };
    expect(await withoutOwn(ticketId)).toEqual(await withoutOwn(other));
    expect((await targetsOf(ticketId)).includes("On hold")).toBe(true);
  });

  it("moves a custom status into Done: its tickets may then be rated by the customer, which closes them", async () => {
    const id = await custom("in_progress", uniqueName("Final check"));
    const ticketId = await ticketIn(id);
    const before = await ticketRow(db, ticketId);
    const early = await refusal(
      rateTicket(as(cust), { ticketId, version: before.version, stars: 5, comment: null }),
    );
    expect(early.code).toBe("not_allowed");

    const heard: LiveMessage[] = [];
    const unlisten = await handle.listen(LIVE_CHANNEL, (p) => heard.push(JSON.parse(p) as LiveMessage));
    await updateStatus(as(admin), { statusId: id, name: "Final check", color: "#000000", category: "done" });
    const after = await ticketRow(db, ticketId);
    expect(after.version).toBe(before.version + 1);
    expect(after.statusChangedAt.getTime()).toBeGreaterThan(before.statusChangedAt.getTime());
    await expect.poll(() => heard.map((m) => [m.id, m.version])).toEqual([[ticketId, after.version]]);
    await unlisten();
    const event = (await eventsOf(db, ticketId)).at(-1);
    expect(event).toMatchObject({
      type: "status_recategorized",
      actorId: admin.id,
      fromStatusId: id,
      toStatusId: id,
      fromCategory: "in_progress",
      toCategory: "done",
    });
    const { number } = after;
    expect((await getTicketDetail(as(admin), number))?.history.at(-1)?.text).toBe(
      `Status "Final check" moved from In Progress to Done by ${admin.name}`,
    );
    expect((await getTicketDetail(as(cust), number))?.history.at(-1)?.text).toBe("Status changed to Done");

    // A page opened before the move offered what the ticket could do then: its change is stale.
    const stale = await refusal(
      rateTicket(as(cust), { ticketId, version: before.version, stars: 5, comment: null }),
    );
    expect(stale.code).toBe("conflict");
    await rateTicket(as(cust), { ticketId, version: after.version, stars: 5, comment: null });
    expect((await ticketRow(db, ticketId)).statusId).toBe(await statusIdOf(db, "closed"));
  });

  it("moving a status with no tickets writes no event, and a refused move changes no ticket", async () => {
    const empty = await custom("on_hold", uniqueName("Empty"));
    await updateStatus(as(admin), {
      statusId: empty,
      name: "Empty shelf",
      color: "#000000",
      category: "done",
    });
    const closedCustom = await custom("closed", uniqueName("Settled"));
    const ticketId = await ticketIn(await custom("in_progress", uniqueName("Busy")));
    const before = await ticketRow(db, ticketId);
    await refusal(
      updateStatus(as(admin), {
        statusId: closedCustom,
        name: "Settled",
        color: "#000000",
        category: "done",
      }),
    );
    expect(await ticketRow(db, ticketId)).toEqual(before);
  });

  it("refuses moving a custom status into or out of Closed and Closed unsuccessfully", async () => {
    const closedCustom = await custom("closed");
    for (const category of ["in_progress", "done", "closed_unsuccessful"] as const) {
      const error = await refusal(
        updateStatus(as(admin), { statusId: closedCustom, name: uniqueName(), color: "#000000", category }),
      );
      expect(error.code).toBe("not_allowed");
      expect(error.fieldErrors?.category).toBeDefined();
    }
    const working = await custom("in_progress");
    for (const category of ["closed", "closed_unsuccessful", "assigned", "cancelled", "draft"] as const) {
      const error = await refusal(
        updateStatus(as(admin), { statusId: working, name: uniqueName(), color: "#000000", category }),
      );
      expect(error.code).toBe("not_allowed");
    }
    expect((await statusRow(closedCustom)).category).toBe("closed");
    expect((await statusRow(working)).category).toBe("in_progress");
  });

  it("refuses editing an archived status", async () => {
    const id = await custom("done");
    await archiveStatus(as(admin), { statusId: id });
    const error = await refusal(
      updateStatus(as(admin), { statusId: id, name: uniqueName(), color: "#000000" }),
    );
    expect(error.code).toBe("not_allowed");
  });
});

describe("archiveStatus", () => {
  it.each(["in_progress", "reopened", "closed"] as SystemStatusKey[])(
    "refuses to delete the system status %s",
    async (key) => {
      const id = await statusIdOf(db, key);
      const error = await refusal(archiveStatus(as(admin), { statusId: id }));
      expect(error.code).toBe("not_allowed");
      expect(error.message).toMatch(/cannot be deleted/);
      expect((await statusRow(id)).archivedAt).toBeNull();
    },
  );

  it("keeps tickets in the archived status, findable by the overview's status filter, and refuses moves into it", async () => {
    const name = uniqueName("Compensation review");
    const id = await custom("in_progress", name);
    const ticketId = await ticketIn(id);
    await archiveStatus(as(admin), { statusId: id });

    expect((await statusRow(id)).archivedAt).not.toBeNull();
    expect((await ticketRow(db, ticketId)).statusId).toBe(id);
    const options = await overviewOptions(as(moderator));
    expect(options.statuses.find((s) => s.id === id)).toMatchObject({ name, archived: true, ticketCount: 1 });
    const page = await listStaffTickets(as(moderator), { status: id });
    expect(page.items.map((t) => t.id)).toEqual([ticketId]);
    expect(page.items[0]?.status).toMatchObject({ id, archived: true });
    const admins = (await listStatusesForAdmin(as(admin))).groups.find((g) => g.category === "in_progress")!;
    expect(admins.archived.find((s) => s.id === id)).toMatchObject({ archived: true, ticketCount: 1 });
    expect(admins.statuses.some((s) => s.id === id)).toBe(false);

    // Out of it, yes; back into it, never.
    await moveTicket(ticketId, await statusIdOf(db, "on_hold"));
    const error = await refusal(moveTicket(ticketId, id));
    expect(error.code).toBe("invalid");
    expect(error.message).toMatch(/archived/);
    expect((await ticketRow(db, ticketId)).statusId).toBe(await statusIdOf(db, "on_hold"));
    expect((await overviewOptions(as(moderator))).statuses.find((s) => s.id === id)?.ticketCount).toBe(0);
  });
});

describe("reorderStatus", () => {
  it("swaps a status with its active neighbour in its category, defaults included, and stops at the ends", async () => {
    const order = async () =>
      (await listStatusesForAdmin(as(admin))).groups
        .find((g) => g.category === "waiting_customer")!
        .statuses.map((s) => s.id);
    const system = await statusIdOf(db, "waiting_customer");
    const a = await custom("waiting_customer");
    const gone = await custom("waiting_customer");
    const b = await custom("waiting_customer");
    await archiveStatus(as(admin), { statusId: gone });
    expect(await order()).toEqual([system, a, b]);

    await reorderStatus(as(admin), { statusId: a, direction: "up" });
    expect(await order()).toEqual([a, system, b]);
    await reorderStatus(as(admin), { statusId: a, direction: "down" });
    await reorderStatus(as(admin), { statusId: b, direction: "up" }); // jumps the archived one
    expect(await order()).toEqual([system, b, a]);

    expect((await refusal(reorderStatus(as(admin), { statusId: system, direction: "up" }))).code).toBe(
      "not_allowed",
    );
    expect((await refusal(reorderStatus(as(admin), { statusId: a, direction: "down" }))).code).toBe(
      "not_allowed",
    );
    expect((await refusal(reorderStatus(as(admin), { statusId: gone, direction: "up" }))).code).toBe(
      "not_allowed",
    );
    expect(await order()).toEqual([system, b, a]);
  });

  it("keeps the order in the ticket engine's list too", async () => {
    const list = await loadTicketStatuses(db);
    const waiting = list.filter((s) => s.category === "waiting_customer" && !s.archived);
    const admins = (await listStatusesForAdmin(as(admin))).groups.find(
      (g) => g.category === "waiting_customer",
    )!;
    expect(waiting.map((s) => s.id)).toEqual(admins.statuses.map((s) => s.id));
  });
});

describe("only admins manage statuses", () => {
  type Case = { name: string; run: (ctx: Ctx, statusId: string) => Promise<unknown> };
  const cases: Case[] = [
    { name: "listStatusesForAdmin", run: (ctx) => listStatusesForAdmin(ctx) },
    {
      name: "createStatus",
      run: (ctx) => createStatus(ctx, { name: uniqueName(), category: "done", color: "#000000" }),
    },
    {
      name: "updateStatus",
      run: (ctx, statusId) => updateStatus(ctx, { statusId, name: uniqueName(), color: "#000000" }),
    },
    { name: "reorderStatus", run: (ctx, statusId) => reorderStatus(ctx, { statusId, direction: "up" }) },
    { name: "archiveStatus", run: (ctx, statusId) => archiveStatus(ctx, { statusId }) },
  ];

  it.each(cases)("$name refuses moderators, members and customers", async ({ run }) => {
    const statusId = await custom("done");
    const before = await statusRow(statusId);
    const customCount = await countCustomStatuses(db);
    for (const actor of [moderator, m1, cust]) {
      const error = await refusal(run(as(actor), statusId));
      expect(error.code).toBe("forbidden");
    }
    expect(await statusRow(statusId)).toEqual(before);
    expect(await countCustomStatuses(db)).toBe(customCount);
  });
});

it.runIf(usesPostgres())("runs against PostgreSQL", () => {
  expect(handle.driver).toBe("postgres");
});
