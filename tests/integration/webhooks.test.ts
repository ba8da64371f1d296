import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { outbox, webhookDeliveries, webhooks } from "@/db/schema";
import type { Ctx } from "@/lib/context";
import { dispatchOutbox } from "@/lib/outbox/dispatch-outbox";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { createTicket } from "@/lib/tickets/create-ticket";
import { claimDueDeliveries, deliverDueWebhooks } from "@/lib/webhooks/deliver-webhooks";
import { createWebhook, updateWebhook } from "@/lib/webhooks/manage-webhooks";
import { listDeliveries } from "@/lib/webhooks/queries";
import { redeliverWebhook } from "@/lib/webhooks/redeliver-webhook";
import { sendWebhook } from "@/lib/webhooks/send-webhook";
import { MAX_DELIVERY_ATTEMPTS } from "@/lib/webhooks/webhook-events";
import { makeUser } from "@/tests/support/fixtures";
import { createTestDb } from "@/tests/support/test-db";
import { refusal, statusIdOf } from "@/tests/support/tickets";
import { startWebhookReceiver } from "@/tests/support/webhook-receiver";

let handle: DbHandle;
let admin: Ctx;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
const local = { allowPrivate: true };

beforeAll(async () => {
  handle = await createTestDb();
  admin = { actor: await makeUser(handle.db, "admin"), db: handle.db };
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.close();
  await handle.close();
});
beforeEach(async () => {
  await handle.db.delete(webhooks);
  receiver.received.length = 0;
  receiver.plan.length = 0;
});

const due = () => handle.db.update(webhookDeliveries).set({ nextAttemptAt: sql`now()` });
const deliveries = () => handle.db.select().from(webhookDeliveries).orderBy(webhookDeliveries.id);
const fanOut = async () => {
  while ((await dispatchOutbox(handle.db)) > 0) {}
};

describe("webhook deliveries", () => {
  it("sends each subscribed event once, signed as Standard Webhooks verify it", async () => {
    const hook = await createWebhook(admin, {
      url: receiver.url,
      events: ["ticket.created", "ticket.status_changed"],
    });
    const onlyCreated = await createWebhook(admin, {
      url: `${receiver.url}?only=created`,
      events: ["ticket.created"],
    });
    expect(hook.secret).toMatch(/^whsec_/);
    const created = await createTicket(admin, { title: "Signed and sent" });
    await changeTicketStatus(admin, {
      ticketId: created.ticketId,
      version: created.version,
      statusId: await statusIdOf(handle.db, "cancelled"),
    });
    await fanOut();
    await deliverDueWebhooks(handle.db, local);

    expect(receiver.received).toHaveLength(3);
    const bodies = receiver.received.map((r) => JSON.parse(r.body));
    expect(bodies.map((b) => b.type).sort()).toEqual([
      "ticket.created",
      "ticket.created",
      "ticket.status_changed",
    ]);
    const change = bodies.find((b) => b.type === "ticket.status_changed");
    expect(change.data).toMatchObject({
      number: created.number,
      reference: `T-${created.number}`,
      title: "Signed and sent",
    });
    expect(change.data.to).toMatchObject({ category: "cancelled" });
    const secretOf = new Map([
      [hook.id, hook.secret],
      [onlyCreated.id, onlyCreated.secret],
    ]);
    const hookOf = new Map((await deliveries()).map((d) => [d.messageId, d.webhookId]));
    for (const message of receiver.received) {
      expect(receiver.verifies(secretOf.get(hookOf.get(message.id)!)!, message)).toBe(true);
      expect(receiver.verifies("whsec_bm90IHRoZSBzZWNyZXQgYXQgYWxsIGF0IGFsbA==", message)).toBe(false);
    }
    expect(new Set(receiver.received.map((r) => r.id)).size).toBe(3);
    expect((await deliveries()).every((d) => d.state === "delivered" && d.lastStatusCode === 200)).toBe(true);
  });

  it("retries a 500 later, with the same webhook-id, and logs each answer", async () => {
    const hook = await createWebhook(admin, { url: receiver.url, events: ["ticket.created"] });
    receiver.plan.push({ status: 500 });
    await createTicket(admin, { title: "Retried" });
    await fanOut();
    await deliverDueWebhooks(handle.db, local);
    let [delivery] = await deliveries();
    expect(delivery).toMatchObject({
      state: "pending",
      attempts: 1,
      lastStatusCode: 500,
      lastResponse: "receiver broke",
    });
    expect(delivery!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 3000);
    expect(await deliverDueWebhooks(handle.db, local)).toBe(0);
    await due();
    await deliverDueWebhooks(handle.db, local);
    [delivery] = await deliveries();
    expect(delivery).toMatchObject({ state: "delivered", attempts: 2, lastStatusCode: 200 });
    expect(receiver.received.map((r) => r.id)).toEqual([delivery!.messageId, delivery!.messageId]);
    const log = await listDeliveries(admin, hook.id);
    expect(log.items[0]).toMatchObject({ state: "delivered", statusCode: 200, attempts: 2 });
  });

  it("counts no answer within the timeout as a failure and tries again", async () => {
    await createWebhook(admin, { url: receiver.url, events: ["ticket.created"] });
    receiver.plan.push({ status: 200, delayMs: 1500 });
    await createTicket(admin, { title: "Slow receiver" });
    await fanOut();
    await deliverDueWebhooks(handle.db, { ...local, timeoutMs: 200 });
    let [delivery] = await deliveries();
    expect(delivery).toMatchObject({ state: "pending", attempts: 1, lastStatusCode: null });
    expect([delivery!.lastErrorKind, delivery!.lastError]).toEqual(["timeout", "No answer in time"]);
    await due();
    await deliverDueWebhooks(handle.db, local);
    [delivery] = await deliveries();
    expect(delivery!.state).toBe("delivered");
  });

  it("resends with the same webhook-id after a crash between send and mark", async () => {
    await createWebhook(admin, { url: receiver.url, events: ["ticket.created"] });
    await createTicket(admin, { title: "Crash after send" });
    await fanOut();
    // The sender claims and sends, then dies before recording the answer.
    const [claimed] = await claimDueDeliveries(handle.db, 10);
    await sendWebhook(claimed!, { id: claimed!.messageId, body: JSON.stringify(claimed!.payload) }, local);
    let [delivery] = await deliveries();
    expect(delivery!.state).toBe("sending");
    expect(await deliverDueWebhooks(handle.db, local)).toBe(0);
    await due(); // the lease ran out
    await deliverDueWebhooks(handle.db, local);
    [delivery] = await deliveries();
    expect(delivery!.state).toBe("delivered");
    expect(receiver.received).toHaveLength(2);
    expect(new Set(receiver.received.map((r) => r.id))).toEqual(new Set([delivery!.messageId]));
  });

  it("switches a webhook off after a day of failures, tells the admins, and redelivers on request", async () => {
    const hook = await createWebhook(admin, { url: receiver.url, events: ["ticket.created"] });
    await createTicket(admin, { title: "Never arrives" });
    await fanOut();
    await handle.db.update(webhookDeliveries).set({ attempts: MAX_DELIVERY_ATTEMPTS - 1 });
    receiver.plan.push({ status: 503 });
    await deliverDueWebhooks(handle.db, local);
    const [delivery] = await deliveries();
    expect(delivery!.state).toBe("failed");
    const [row] = await handle.db.select().from(webhooks).where(eq(webhooks.id, hook.id));
    expect(row).toMatchObject({ enabled: false, disabledReason: "failing" });
    const notices = await handle.db.select().from(outbox).where(eq(outbox.topic, "webhook.disabled"));
    expect(notices).toHaveLength(1);

    await createTicket(admin, { title: "Not queued while off" });
    await fanOut();
    expect(await deliveries()).toHaveLength(1);

    await updateWebhook(admin, {
      webhookId: hook.id,
      url: receiver.url,
      events: ["ticket.created"],
      enabled: true,
    });
    await redeliverWebhook(admin, { deliveryId: delivery!.id });
    await deliverDueWebhooks(handle.db, local);
    const [again] = await deliveries();
    expect(again).toMatchObject({ state: "delivered", attempts: 1, messageId: delivery!.messageId });
  });

  it("lets only admins manage webhooks", async () => {
    const member: Ctx = { actor: await makeUser(handle.db, "member"), db: handle.db };
    expect(
      (await refusal(createWebhook(member, { url: receiver.url, events: ["ticket.created"] }))).code,
    ).toBe("forbidden");
    expect(
      (await refusal(createWebhook(admin, { url: "ftp://example.com", events: ["ticket.created"] })))
        .fieldErrors,
    ).toHaveProperty("url");
    expect(
      (await refusal(createWebhook(admin, { url: receiver.url, events: [] }))).fieldErrors,
    ).toHaveProperty("events");
  });
});

describe("the SSRF guard", () => {
  const message = { id: "msg_guard", body: "{}" };
  const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  it("refuses loopback by address and by a name that resolves to it, unless allowed", async () => {
    for (const url of [
      receiver.url,
      `http://localhost:${receiver.port}/hooks`,
      "http://[::1]:9/",
      "http://169.254.169.254/latest",
    ]) {
      const result = await sendWebhook({ url, secret }, message, { allowPrivate: false });
      expect(result.ok, url).toBe(false);
      expect(result.error, url).toMatch(/Refused to connect/);
      expect(result.errorKind, url).toBe("blocked");
    }
    expect(receiver.received).toHaveLength(0);
    const allowed = await sendWebhook({ url: receiver.url, secret }, message, { allowPrivate: true });
    expect(allowed.ok).toBe(true);
  });

  it("does not follow redirects", async () => {
    receiver.plan.push({ status: 302 });
    const result = await sendWebhook({ url: receiver.url, secret }, message, { allowPrivate: true });
    expect(result).toMatchObject({ ok: false, statusCode: 302 });
    expect(receiver.received).toHaveLength(1);
  });
});
