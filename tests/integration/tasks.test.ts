/** Task verbs and queries (workflow.md 4) on a real database. */
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DbHandle } from "@/db/client";
import { outbox, taskEvents, tasks } from "@/db/schema";
import { listMyNotifications } from "@/lib/notifications/queries";
import { dispatchOutbox } from "@/lib/outbox/dispatch-outbox";
import { loadTaskStatuses } from "@/lib/statuses/load-kind-statuses";
import { changeTaskStatus } from "@/lib/tasks/change-task-status";
import { createTask } from "@/lib/tasks/create-task";
import { editTask } from "@/lib/tasks/edit-task";
import { getTaskDetail, listTasks, listTicketTasks } from "@/lib/tasks/queries";
import { taskListSchema } from "@/lib/tasks/schemas";
import { LIVE_CHANNEL, type LiveMessage } from "@/lib/work-items/live-message";
import type { TaskCategory } from "@/lib/workflow/task-workflow";
import { makeUser } from "@/tests/support/fixtures";
import { createTestDb } from "@/tests/support/test-db";
import { makeTicketWorld, type TicketWorld } from "@/tests/support/ticket-world";
import { refusal } from "@/tests/support/tickets";

let handle: DbHandle;
let db: Db;
let w: TicketWorld;

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
  w = await makeTicketWorld(db);
});
afterAll(async () => handle.close());

const statusId = async (category: TaskCategory) =>
  (await loadTaskStatuses(db)).find((s) => s.category === category)!.id;
const row = async (id: string) => (await db.select().from(tasks).where(eq(tasks.id, id)))[0]!;
const events = async (id: string) =>
  db.select().from(taskEvents).where(eq(taskEvents.taskId, id)).orderBy(asc(taskEvents.id));
const query = (raw: Record<string, string> = {}) => taskListSchema.parse(raw);

describe("tasks", () => {
  it("creates an Open task with its event, outbox row and live signal, linked to a ticket", async () => {
    const ticketId = await w.openTicket();
    const heard: LiveMessage[] = [];
    const unlisten = await handle.listen(LIVE_CHANNEL, (p) => heard.push(JSON.parse(p) as LiveMessage));
    const created = await createTask(w.as(w.m3), {
      title: "Order a pump",
      assigneeId: w.m1.id,
      dueDate: "2026-12-24",
      ticketId,
    });
    const task = await row(created.taskId);
    expect(task).toMatchObject({
      statusId: await statusId("open"),
      assigneeId: w.m1.id,
      ticketId,
      version: 2,
    });
    expect(task.number).toBeGreaterThanOrEqual(1001);
    expect((await events(task.id)).map((e) => e.type)).toEqual(["created"]);
    const [box] = await db
      .select()
      .from(outbox)
      .where(eq(outbox.idempotencyKey, `task_event:${(await events(task.id))[0]!.id}`));
    expect(box?.topic).toBe("task.created");
    expect(box?.payload).toMatchObject({ kind: "task", itemId: task.id, number: task.number });
    await expect
      .poll(() => heard.some((m) => m.kind === "task" && m.id === task.id && m.visibility === "internal"))
      .toBe(true);
    await unlisten();
    expect((await listTicketTasks(w.as(w.m2), ticketId)).map((t) => t.title)).toEqual(["Order a pump"]);
  });

  it("goes Open → In Progress → Closed → Open for its assignee, one event per move", async () => {
    const { taskId } = await createTask(w.as(w.admin), { title: "Check the valve", assigneeId: w.m1.id });
    for (const category of ["in_progress", "closed", "open"] as const) {
      const before = await row(taskId);
      const result = await changeTaskStatus(w.as(w.m1), {
        taskId,
        version: before.version,
        statusId: await statusId(category),
      });
      expect(result.version).toBe(before.version + 1);
      expect((await row(taskId)).statusId).toBe(await statusId(category));
    }
    expect((await events(taskId)).map((e) => e.type)).toEqual([
      "created",
      "status_changed",
      "status_changed",
      "status_changed",
    ]);
    const detail = await getTaskDetail(w.as(w.m1), (await row(taskId)).number);
    expect(detail?.history.map((h) => h.text)).toEqual([
      expect.stringContaining("Created"),
      expect.stringContaining("In Progress"),
      expect.stringContaining("Closed"),
      expect.stringContaining("Open"),
    ]);
    expect(detail?.bar.steps.find((s) => s.state === "current")?.label).toBe("Open");
  });

  it("refuses a member who is not the assignee, a stale version and an unknown status, changing nothing", async () => {
    const { taskId } = await createTask(w.as(w.admin), { title: "Replace a filter", assigneeId: w.m1.id });
    const before = await row(taskId);
    const inProgress = await statusId("in_progress");
    expect(
      (await refusal(changeTaskStatus(w.as(w.m2), { taskId, version: before.version, statusId: inProgress })))
        .code,
    ).toBe("not_allowed");
    expect(
      (
        await refusal(
          changeTaskStatus(w.as(w.m1), { taskId, version: before.version - 1, statusId: inProgress }),
        )
      ).code,
    ).toBe("conflict");
    const ticketStatus = (await db.query.statuses.findFirst({ where: (s, { eq }) => eq(s.kind, "ticket") }))!
      .id;
    expect(
      (
        await refusal(
          changeTaskStatus(w.as(w.m1), { taskId, version: before.version, statusId: ticketStatus }),
        )
      ).code,
    ).toBe("invalid");
    expect(
      (
        await refusal(
          changeTaskStatus(w.as(w.moderator), { taskId, version: before.version, statusId: before.statusId }),
        )
      ).code,
    ).toBe("invalid");
    expect(await row(taskId)).toEqual(before);
    expect(await events(taskId)).toHaveLength(1);
  });

  it("lets managers, the assignee and the writer edit, recording what changed", async () => {
    const { taskId } = await createTask(w.as(w.m2), { title: "Call the supplier", assigneeId: w.m1.id });
    const v = (await row(taskId)).version;
    await editTask(w.as(w.m2), { taskId, version: v, dueDate: "2027-01-10", assigneeId: w.m3.id });
    expect(await row(taskId)).toMatchObject({ dueDate: "2027-01-10", assigneeId: w.m3.id, version: v + 1 });
    expect((await events(taskId)).map((e) => e.type)).toEqual([
      "created",
      "details_changed",
      "assignee_changed",
    ]);
    const stranger = await refusal(editTask(w.as(w.m1), { taskId, version: v + 1, title: "Mine now" }));
    expect(stranger.code).toBe("forbidden");
    const customerAssignee = await refusal(
      editTask(w.as(w.admin), { taskId, version: v + 1, assigneeId: w.cust.id }),
    );
    expect(customerAssignee.code).toBe("invalid");
    expect((await row(taskId)).version).toBe(v + 1);
  });

  it("lists my tasks by default, keyset pages, unassigned and overdue ones", async () => {
    const mine: number[] = [];
    for (let i = 0; i < 27; i++)
      mine.push(
        (await createTask(w.as(w.admin), { title: `Paging ${i}`, assigneeId: w.moderator.id })).number,
      );
    const first = await listTasks(w.as(w.moderator), query());
    expect(first.items).toHaveLength(25);
    expect(first.items[0]!.number).toBe(mine.at(-1));
    const second = await listTasks(w.as(w.moderator), query({ after: String(first.nextAfter) }));
    expect(second.items.map((t) => t.number)).toEqual([mine[1], mine[0]]);
    expect(second.nextAfter).toBeNull();

    const late = await createTask(w.as(w.admin), { title: "Late one", dueDate: "2020-01-01" });
    const unassigned = await listTasks(w.as(w.admin), query({ scope: "unassigned" }));
    expect(unassigned.items.map((t) => t.number)).toContain(late.number);
    const overdue = await listTasks(w.as(w.admin), query({ scope: "all", overdue: "1" }));
    expect(overdue.items.map((t) => t.number)).toEqual([late.number]);
    expect(overdue.items[0]!.overdue).toBe(true);
    await changeTaskStatus(w.as(w.admin), {
      taskId: late.taskId,
      version: late.version,
      statusId: await statusId("closed"),
    });
    expect((await listTasks(w.as(w.admin), query({ scope: "all", overdue: "1" }))).items).toEqual([]);
    expect(
      (await listTasks(w.as(w.admin), query({ scope: "all", status: "closed" }))).items.map((t) => t.number),
    ).toContain(late.number);
  });

  it("never shows a customer a task: no page, no list, no ticket's tasks, no creation", async () => {
    const ticketId = await w.openTicket();
    const { number } = await createTask(w.as(w.admin), { title: "Internal note", ticketId });
    expect(await getTaskDetail(w.as(w.cust), number)).toBeNull();
    expect(await listTicketTasks(w.as(w.cust), ticketId)).toEqual([]);
    expect((await refusal(listTasks(w.as(w.cust), query({ scope: "all" })))).code).toBe("not_found");
    expect((await refusal(createTask(w.as(w.cust), { title: "Sneaky task" }))).code).toBe("not_found");
  });

  it("tells the assignee in the bell when a task is given to them, and nobody who gave it to themselves", async () => {
    const helper = await makeUser(db, "member");
    const { taskId, number, version } = await createTask(w.as(w.admin), {
      title: "Bring the ladder",
      assigneeId: helper.id,
    });
    await createTask(w.as(helper), { title: "Note to self", assigneeId: helper.id });
    while ((await dispatchOutbox(db)) > 0) {}
    const bell = await listMyNotifications(w.as(helper));
    const entries = bell.items.filter((n) => n.link.startsWith("/tasks/"));
    expect(entries.map((n) => [n.link, n.state, n.read])).toEqual([[`/tasks/${number}`, "active", false]]);
    expect(entries[0]!.text).toContain("Bring the ladder");
    expect(bell.unread).toBe(1);
    // Given to someone else: the entry no longer asks anything of its first assignee.
    await editTask(w.as(w.admin), { taskId, version, assigneeId: w.m3.id });
    while ((await dispatchOutbox(db)) > 0) {}
    expect(
      (await listMyNotifications(w.as(helper))).items.find((n) => n.link === `/tasks/${number}`)?.state,
    ).toBe("withdrawn");
    expect((await listMyNotifications(w.as(w.m3))).items.some((n) => n.link === `/tasks/${number}`)).toBe(
      true,
    );
    expect((await listMyNotifications(w.as(w.cust))).items.some((n) => n.link.startsWith("/tasks/"))).toBe(
      false,
    );
  });
});
