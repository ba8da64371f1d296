import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { videoSessions } from "@/db/schema";
import { hangUpCall } from "../calls/hang-up-call";
import { joinCall } from "../calls/join-call";
import { reportMediaUp } from "../calls/report-media-up";
import type { Actor } from "../context";
import { cancelSession } from "../sessions/cancel-session";
import { confirmSession } from "../sessions/confirm-session";
import { createSession } from "../sessions/create-session";
import { rateSession } from "../sessions/rate-session";
import { requestSession } from "../sessions/request-session";
import { loadTaskStatuses } from "../statuses/load-kind-statuses";
import { changeTaskStatus } from "../tasks/change-task-status";
import { createTask } from "../tasks/create-task";

// The demo's tasks and video sessions, made with the verbs like every other demo item.

/** A few tasks in every status, one overdue, two on tickets (workflow.md 4). */
export async function seedTasks(
  db: Db,
  people: { admin: Actor; moderator: Actor; member: Actor; member2: Actor },
  on: { compressor: string; lift: string },
) {
  const as = (a: Actor) => ({ actor: a, db });
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const taskStatus = async (category: "open" | "in_progress" | "closed") =>
    (await loadTaskStatuses(db)).find((s) => s.category === category)!.id;
  let k = await createTask(as(people.member), {
    title: "Order the spare valve from the supplier",
    description: "Part no. V-220; ask for delivery this week.",
    assigneeId: people.member.id,
    dueDate: day(3),
    ticketId: on.compressor,
  });
  await changeTaskStatus(as(people.member), { ...k, statusId: await taskStatus("in_progress") });
  await createTask(as(people.moderator), {
    title: "Check the service van's tyre pressure",
    assigneeId: people.member2.id,
    dueDate: day(-1),
  });
  await createTask(as(people.admin), {
    title: "Prepare the lift inspection checklist",
    ticketId: on.lift,
    dueDate: day(7),
  });
  k = await createTask(as(people.admin), { title: "Update the price list", assigneeId: people.moderator.id });
  await changeTaskStatus(as(people.moderator), { ...k, statusId: await taskStatus("closed") });
}

/** Video sessions: one waiting for confirmation, one confirmed, one held and rated, one cancelled. */
export async function seedSessions(
  db: Db,
  people: { member: Actor; customer: Actor; customer2: Actor },
  on: { demo: string; workshop: string; compressor: string },
) {
  const as = (a: Actor) => ({ actor: a, db });
  await requestSession(as(people.customer), {
    assetId: on.demo,
    reason: "The coffee machine's display flickers: can you have a look?",
  });
  let v = await requestSession(as(people.customer2), {
    assetId: on.workshop,
    reason: "Show you where the compressor valve leaks",
    ticketId: on.compressor,
  });
  v = await confirmSession(as(people.member), v);
  // A call that was held: both joined, connected and hung up; then the customer rated it.
  v = await createSession(as(people.member), {
    assetId: on.demo,
    customerId: people.customer.id,
    reason: "Walk through the new door sensor settings",
  });
  const { sessionId } = v;
  await joinCall(as(people.customer), { sessionId });
  await joinCall(as(people.member), { sessionId });
  await reportMediaUp(as(people.customer), { sessionId });
  await reportMediaUp(as(people.member), { sessionId });
  await hangUpCall(as(people.customer), { sessionId });
  const [held] = await db
    .select({ version: videoSessions.version })
    .from(videoSessions)
    .where(eq(videoSessions.id, sessionId));
  await rateSession(as(people.customer), {
    sessionId,
    version: held!.version,
    stars: 5,
    comment: "Saw it right away.",
  });
  v = await requestSession(as(people.customer), { assetId: on.demo, reason: "Never mind, it works again" });
  await cancelSession(as(people.customer), v);
}
