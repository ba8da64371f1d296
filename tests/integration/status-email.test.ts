import { and, eq, isNull, like, ne, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { notifications, outboundMessages, outbox, statuses, tickets, users } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { authSecret } from "@/lib/env";
import { UNSUBSCRIBED } from "@/lib/messaging/deliver-once";
import { createMailer, describeMailSetup, type Mailer, messageIdFor } from "@/lib/messaging/mailer";
import { createSendCreationConfirmation } from "@/lib/messaging/send-creation-confirmation";
import { createSendStatusEmail } from "@/lib/messaging/send-status-email";
import { unsubscribeTokenFor } from "@/lib/messaging/unsubscribe-token";
import { notifyTicketEvent } from "@/lib/notifications/notify-ticket-event";
import { listMyNotifications } from "@/lib/notifications/queries";
import { DIGEST_TOPIC } from "@/lib/notifications/queue-deliveries";
import { claimOutbox, deliverClaimed, dispatchOutbox } from "@/lib/outbox/dispatch-outbox";
import { handlersFor } from "@/lib/outbox/handlers";
import type { OutboxHandler } from "@/lib/outbox/types";
import { loadTicketStatuses } from "@/lib/statuses/load-statuses";
import { acceptOffer } from "@/lib/tickets/accept-offer";
import { applyTicketEvents } from "@/lib/tickets/apply-ticket-events";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { createTicket } from "@/lib/tickets/create-ticket";
import { lockTicket } from "@/lib/tickets/run-ticket-command";
import { setMyEmailNotifications } from "@/lib/users/set-my-email-notifications";
import { unsubscribeByToken } from "@/lib/users/unsubscribe-by-token";
import { decideTicket, systemStatus } from "@/lib/workflow/ticket-engine";
import { makeAsset, makeUser } from "@/tests/support/fixtures";
import { type CapturedMail, startSmtpCapture } from "@/tests/support/smtp-capture";
import { createTestDb } from "@/tests/support/test-db";
import { refusal } from "@/tests/support/tickets";

const APP_URL = "http://127.0.0.1:3999";
const FROM = "Helpdesk <helpdesk@test.local>";
const TOPIC = "status_action.email_customer";

let handle: DbHandle;
let admin: Actor;
let member: Actor;
let customer: Actor;
let assetId: string;
let reviewId: string;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let mailer: Mailer;
let received: CapturedMail[] = [];

const as = (actor: Actor): Ctx => ({ actor, db: handle.db });

/** The dispatcher's handlers, with the status e-mail going to the test's SMTP server. */
function handlers(extra: readonly OutboxHandler[] = []) {
  const email = createSendStatusEmail({ mailer: () => mailer, appUrl: () => APP_URL });
  return (topic: string) => (topic === TOPIC ? [email, ...extra] : handlersFor(topic));
}

// A server that refuses the connection: nothing listens on port 1 of loopback.
const down = createSendStatusEmail({
  mailer: () => createMailer({ SMTP_URL: "smtp://127.0.0.1:1", SMTP_FROM: FROM }),
  appUrl: () => APP_URL,
});

async function drain(using = handlers()) {
  while ((await dispatchOutbox(handle.db, 50, using)) > 0) {}
}

/** A customer's ticket on the asset, accepted by the member: Assigned. */
async function assignedTicket(title: string) {
  const created = await createTicket(as(customer), { title, assetId });
  return acceptOffer(as(member), { ticketId: created.ticketId });
}

const emailRows = (ticketId: string) =>
  handle.db
    .select()
    .from(outboundMessages)
    .where(
      and(
        eq(outboundMessages.ticketId, ticketId),
        eq(outboundMessages.channel, "email"),
        like(outboundMessages.idempotencyKey, "status_action:%"),
      ),
    );

const actionRows = (ticketId: string) =>
  handle.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.topic, TOPIC), sql`${outbox.payload}->>'ticketId' = ${ticketId}`));

beforeAll(async () => {
  smtp = await startSmtpCapture();
  received = smtp.received;
  mailer = createMailer({ SMTP_URL: smtp.url, SMTP_FROM: FROM });

  handle = await createTestDb();
  admin = await makeUser(handle.db, "admin");
  member = await makeUser(handle.db, "member");
  customer = await makeUser(handle.db, "code_user", "Dana Customer");
  assetId = (await makeAsset(handle.db, { responsible: [member], holders: [customer] })).id;
  const [review] = await handle.db
    .insert(statuses)
    .values({
      kind: "ticket",
      category: "in_progress",
      name: "Compensation review",
      color: "#0ea5e9",
      position: 30,
      actions: [
        {
          type: "email_customer",
          subject: "Update on {{number}}",
          body: "Hello {{customer}}, your ticket {{title}} is now {{status}}. {{link}}",
        },
      ],
    })
    .returning({ id: statuses.id });
  reviewId = review!.id;
});

afterAll(async () => {
  await handle?.close();
  await smtp?.close();
});

beforeEach(async () => {
  await drain(); // nothing of an earlier test is left to send
  received.length = 0;
});

describe("status action: e-mail the customer", () => {
  it("sends the rendered template over SMTP, naming the customer's step, not the custom status", async () => {
    let t = await assignedTicket("Leaking valve");
    t = await changeTicketStatus(as(member), { ...t, statusId: reviewId });
    const [action] = await actionRows(t.ticketId);
    expect(action?.idempotencyKey).toMatch(/^status_action:\d+:email_customer$/);

    await drain();

    expect(received).toHaveLength(1);
    const { mail, envelopeTo } = received[0]!;
    expect(envelopeTo).toEqual([customer.email]);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : []).toEqual([
      customer.email,
    ]);
    expect(mail.from?.value[0]?.address).toBe("helpdesk@test.local");
    expect(mail.from?.value[0]?.name).toBe("Helpdesk");
    expect(mail.subject).toBe(`Update on T-${t.number}`);
    expect(mail.messageId).toBe(messageIdFor(`${action!.idempotencyKey}:email`, APP_URL));
    expect(mail.text).toContain("Hello Dana Customer");
    expect(mail.text).toContain("Leaking valve");
    expect(mail.text).toContain("is now In Progress.");
    expect(mail.text).toContain(`${APP_URL}/portal/tickets/${t.number}`);
    expect(mail.text).not.toContain("Compensation review");
    expect(mail.subject).not.toContain("Compensation review");

    const [row] = await emailRows(t.ticketId);
    expect(row).toMatchObject({
      idempotencyKey: `${action!.idempotencyKey}:email`,
      recipient: customer.email,
      subject: `Update on T-${t.number}`,
      provider: "smtp",
      state: "sent",
      error: null,
    });
    expect(row?.sentAt).toBeInstanceOf(Date);
    const [processed] = await actionRows(t.ticketId);
    expect(processed?.processedAt).toBeInstanceOf(Date);
  });

  it("sends once per entry: running the dispatcher again or re-handling a processed row sends nothing", async () => {
    let t = await assignedTicket("Worn belt");
    t = await changeTicketStatus(as(member), { ...t, statusId: reviewId });
    await Promise.all([drain(), drain()]); // two instances at once
    await drain();
    expect(received).toHaveLength(1);

    // A crash after delivery, before the row was marked: the row is handled again.
    await handle.db
      .update(outbox)
      .set({ processedAt: null, availableAt: sql`now()` })
      .where(and(eq(outbox.topic, TOPIC), sql`${outbox.payload}->>'ticketId' = ${t.ticketId}`));
    await drain();
    expect(received).toHaveLength(1);
    expect(await emailRows(t.ticketId)).toHaveLength(1);

    // Leaving and entering the status again is a new entry: a new e-mail with its own Message-ID.
    const statusList = await loadTicketStatuses(handle.db);
    t = await changeTicketStatus(as(member), { ...t, statusId: systemStatus(statusList, "in_progress").id });
    t = await changeTicketStatus(as(member), { ...t, statusId: reviewId });
    await drain();
    expect(received).toHaveLength(2);
    expect(received[1]!.mail.messageId).not.toBe(received[0]!.mail.messageId);
  });

  it("an instance whose lease ran out leaves the row to the instance that took it over", async () => {
    let t = await assignedTicket("Loose fitting");
    t = await changeTicketStatus(as(member), { ...t, statusId: reviewId });
    const stalled = await claimOutbox(handle.db, 50); // instance A claims, then stalls past its lease
    expect(stalled.length).toBeGreaterThan(0);
    await handle.db
      .update(outbox)
      .set({ availableAt: sql`now()` })
      .where(and(isNull(outbox.processedAt), ne(outbox.topic, DIGEST_TOPIC)));
    const takenOver = await claimOutbox(handle.db, 50); // instance B claims the same rows
    expect(takenOver.map((r) => r.id)).toEqual(stalled.map((r) => r.id));

    await deliverClaimed(handle.db, stalled, handlers()); // A wakes up: nothing of it is still A's
    expect(received).toHaveLength(0);
    expect(await emailRows(t.ticketId)).toHaveLength(0);
    await deliverClaimed(handle.db, takenOver, handlers());
    expect(received).toHaveLength(1);
    expect(await emailRows(t.ticketId)).toMatchObject([{ state: "sent" }]);
  });

  it("does not send again when the dispatcher fails after sending and retries the row", async () => {
    let failures = 1;
    const crashOnce: OutboxHandler = {
      mode: "local",
      async run() {
        if (failures-- > 0) throw new Error("crashed before marking the row");
        return undefined;
      },
    };
    const using = handlers([crashOnce]);
    let t = await assignedTicket("Cracked housing");
    t = await changeTicketStatus(as(member), { ...t, statusId: reviewId });

    await dispatchOutbox(handle.db, 50, using);
    expect(received).toHaveLength(1);
    const [failed] = await actionRows(t.ticketId);
    expect(failed?.processedAt).toBeNull();
    expect(failed?.lastError).toContain("crashed before marking the row");

    await handle.db.update(outbox).set({ availableAt: sql`now()` }).where(eq(outbox.id, failed!.id));
    await drain(using);
    const [done] = await actionRows(t.ticketId);
    expect(done?.processedAt).toBeInstanceOf(Date);
    expect(done?.attempts).toBe(2);
    expect(received).toHaveLength(1);
    expect(await emailRows(t.ticketId)).toHaveLength(1);
  });

  it("retries an SMTP failure and then sends once", async () => {
    let t = await assignedTicket("Dead battery");
    t = await changeTicketStatus(as(member), { ...t, statusId: reviewId });
    await dispatchOutbox(handle.db, 50, (topic) => (topic === TOPIC ? [down] : handlersFor(topic)));
    const [failed] = await actionRows(t.ticketId);
    expect(failed?.processedAt).toBeNull();
    expect(failed?.lastError).toBeTruthy();
    const [pending] = await emailRows(t.ticketId);
    expect(pending).toMatchObject({ state: "pending" });
    expect(pending?.error).toBeTruthy();

    await handle.db.update(outbox).set({ availableAt: sql`now()` }).where(eq(outbox.id, failed!.id));
    await drain();
    expect(received).toHaveLength(1);
    expect(await emailRows(t.ticketId)).toMatchObject([{ state: "sent", error: null }]);
  });

  it("writes no outbox row and sends nothing for a change that rolled back or was refused", async () => {
    const t = await assignedTicket("Loose cable");
    const before = await actionRows(t.ticketId);

    // The writer ran (outbox rows included), then the transaction failed.
    await expect(
      handle.db.transaction(async (tx) => {
        const loaded = await lockTicket(tx, t.ticketId, null);
        const to = loaded.statuses.find((s) => s.id === reviewId)!;
        const decision = decideTicket(
          {
            actor: { id: admin.id, role: "admin" },
            ticket: loaded.state,
            statuses: loaded.statuses,
            policy: loaded.policy,
          },
          { type: "change_status", to, payment: null },
        );
        if (!decision.ok) throw new Error(decision.message);
        await applyTicketEvents(
          tx,
          {
            id: loaded.row.id,
            number: loaded.row.number,
            version: loaded.row.version,
            status: loaded.state.status,
            visibility: loaded.row.visibility,
            creatorId: loaded.row.creatorId,
            assetId: loaded.row.assetId,
          },
          admin.id,
          decision.events,
          loaded.statuses,
        );
        const inside = await tx
          .select({ id: outbox.id })
          .from(outbox)
          .where(and(eq(outbox.topic, TOPIC), sql`${outbox.payload}->>'ticketId' = ${t.ticketId}`));
        expect(inside).toHaveLength(before.length + 1);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");

    // Refused: a stale version, and a member who is not assigned.
    await refusal(changeTicketStatus(as(member), { ...t, version: t.version - 1, statusId: reviewId }));
    const stranger = await makeUser(handle.db, "member");
    await refusal(changeTicketStatus(as(stranger), { ...t, statusId: reviewId }));

    await drain();
    expect(await actionRows(t.ticketId)).toEqual(before);
    expect(received).toHaveLength(0);
    expect(await emailRows(t.ticketId)).toHaveLength(0);
  });

  it("never e-mails about an internal ticket, nor about a ticket an employee created", async () => {
    const statusList = await loadTicketStatuses(handle.db);
    const internal = await createTicket(as(admin), {
      title: "Internal audit",
      assetId,
      visibility: "internal",
    });
    const own = await createTicket(as(admin), { title: "Staff ticket", assetId, visibility: "public" });
    for (const created of [internal, own]) {
      let t = await acceptOffer(as(member), { ticketId: created.ticketId });
      t = await changeTicketStatus(as(admin), { ...t, statusId: systemStatus(statusList, "in_progress").id });
      await changeTicketStatus(as(admin), { ...t, statusId: reviewId });
    }
    await drain();
    expect(received).toHaveLength(0);
    for (const created of [internal, own]) {
      expect(await emailRows(created.ticketId)).toHaveLength(0);
      const rows = await actionRows(created.ticketId);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.processedAt).toBeInstanceOf(Date);
    }
  });

  it("with no SMTP server, the local mailbox row is the delivery", async () => {
    const local = createMailer({ SMTP_URL: undefined, SMTP_FROM: FROM });
    expect(local.name).toBe("local");
    const handler = createSendStatusEmail({ mailer: () => local, appUrl: () => APP_URL });
    let t = await assignedTicket("Squeaky door");
    t = await changeTicketStatus(as(member), { ...t, statusId: reviewId });
    const using = (topic: string) => (topic === TOPIC ? [handler] : handlersFor(topic));
    await drain(using);
    await handle.db
      .update(outbox)
      .set({ processedAt: null, availableAt: sql`now()` })
      .where(and(eq(outbox.topic, TOPIC), sql`${outbox.payload}->>'ticketId' = ${t.ticketId}`));
    await drain(using);
    expect(received).toHaveLength(0);
    const rows = await emailRows(t.ticketId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ provider: "local", state: "sent", recipient: customer.email });
    expect(rows[0]?.body).toContain("is now In Progress.");
    const [ticket] = await handle.db.select().from(tickets).where(eq(tickets.id, t.ticketId));
    expect(rows[0]?.subject).toBe(`Update on T-${ticket!.number}`);
  });
});

describe("ticket created: the customer's confirmation e-mail", () => {
  const created = (ticketId: string) =>
    and(eq(outbox.topic, "ticket.created"), sql`${outbox.payload}->>'ticketId' = ${ticketId}`);
  const confirmationHandlers = () => {
    const confirm = createSendCreationConfirmation({ mailer: () => mailer, appUrl: () => APP_URL });
    return (topic: string) =>
      topic === "ticket.created" ? [notifyTicketEvent, confirm] : handlersFor(topic);
  };

  it("tells a customer once, by e-mail and in the app, that their ticket arrived", async () => {
    const t = await createTicket(as(customer), { title: "Dripping tap", assetId });
    await drain(confirmationHandlers());
    expect(received).toHaveLength(1);
    const { envelopeTo, mail } = received[0]!;
    expect(envelopeTo).toEqual([customer.email]);
    expect(mail.subject).toBe(`We received your ticket T-${t.number}`);
    expect(mail.text).toContain("Hello Dana Customer,");
    expect(mail.text).toContain(`T-${t.number} "Dripping tap"`);
    expect(mail.text).toContain(`${APP_URL}/portal/tickets/${t.number}`);
    const [row] = await handle.db.select().from(outbox).where(created(t.ticketId));
    expect(mail.messageId).toBe(messageIdFor(`${row!.idempotencyKey}:email`, APP_URL));
    const bell = await handle.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, customer.id), eq(notifications.kind, "created")));
    expect(bell).toHaveLength(1);
    const view = await listMyNotifications({ actor: customer, db: handle.db });
    expect(view.items.map((n) => n.text)).toContain(`We received your ticket T-${t.number} “Dripping tap”`);

    // Handled again after a crash before marking: nothing more is sent.
    await handle.db
      .update(outbox)
      .set({ processedAt: null, availableAt: sql`now()` })
      .where(created(t.ticketId));
    await drain(confirmationHandlers());
    expect(received).toHaveLength(1);
  });

  it("mails no employee about a ticket they created themselves", async () => {
    const t = await createTicket(as(member), { title: "Restock seals", assetId, visibility: "public" });
    await drain(confirmationHandlers());
    expect(received).toHaveLength(0);
    const [row] = await handle.db.select().from(outbox).where(created(t.ticketId));
    expect(row?.processedAt).toBeInstanceOf(Date);
  });
});

describe("multipart e-mails and unsubscribing", () => {
  const confirmationHandlers = () => {
    const confirm = createSendCreationConfirmation({ mailer: () => mailer, appUrl: () => APP_URL });
    return (topic: string) =>
      topic === "ticket.created" ? [notifyTicketEvent, confirm] : handlersFor(topic);
  };
  beforeEach(async () => {
    await handle.db.update(users).set({ emailNotifications: true }).where(eq(users.id, customer.id));
  });
  const optedIn = async (actor: Actor) =>
    (await handle.db.select({ on: users.emailNotifications }).from(users).where(eq(users.id, actor.id)))[0]!
      .on;

  it("sends text and HTML from one template, every placeholder escaped, with unsubscribe headers", async () => {
    const title = `<script>alert("x")</script> & <img src=x onerror=alert(1)>`;
    const t = await createTicket(as(customer), { title, assetId });
    await drain(confirmationHandlers());
    expect(received).toHaveLength(1);
    const { mail } = received[0]!;
    expect(mail.text).toContain(title); // text is text: shown as written
    const html = String(mail.html);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;",
    );
    expect(html).toContain(`<a href="${APP_URL}/portal/tickets/${t.number}"`);
    const token = unsubscribeTokenFor(customer.id, authSecret());
    const oneClick = `${APP_URL}/api/unsubscribe?token=${encodeURIComponent(token)}`;
    const raw = (name: string) => mail.headerLines.find((h) => h.key === name)?.line.replace(/\r\n\s+/g, " ");
    expect(raw("list-unsubscribe")).toBe(`List-Unsubscribe: <${oneClick}>`);
    expect(raw("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(mail.text).toContain(`${APP_URL}/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(html).toContain(`${APP_URL}/unsubscribe?token=${encodeURIComponent(token)}`);

    // The one-click address's token turns e-mails off; the next ticket is told in the bell only.
    await unsubscribeByToken(handle.db, { token: new URL(oneClick).searchParams.get("token")! });
    expect(await optedIn(customer)).toBe(false);
    const quiet = await createTicket(as(customer), { title: "Second leak", assetId });
    await drain(confirmationHandlers());
    expect(received).toHaveLength(1);
    expect(await emailRowsFor(quiet.ticketId)).toHaveLength(0);
    const bell = await listMyNotifications({ actor: customer, db: handle.db });
    expect(bell.items.map((n) => n.text)).toContain(
      `We received your ticket T-${quiet.number} “Second leak”`,
    );

    // Back on from the profile: e-mails again.
    await setMyEmailNotifications(as(customer), { enabled: true });
    const third = await createTicket(as(customer), { title: "Third leak", assetId });
    await drain(confirmationHandlers());
    expect(received).toHaveLength(2);
    expect(received[1]!.mail.subject).toBe(`We received your ticket T-${third.number}`);
  });

  it("refuses a forged or altered token and changes nothing", async () => {
    const forged = `${customer.id}.${"A".repeat(43)}`;
    await expect(unsubscribeByToken(handle.db, { token: forged })).rejects.toMatchObject({ code: "invalid" });
    const other = unsubscribeTokenFor(member.id, authSecret()).split(".")[1];
    await expect(unsubscribeByToken(handle.db, { token: `${customer.id}.${other}` })).rejects.toMatchObject({
      code: "invalid",
    });
    await expect(unsubscribeByToken(handle.db, { token: "nonsense" })).rejects.toMatchObject({
      code: "invalid",
    });
    expect(await optedIn(customer)).toBe(true);
  });

  it("a pending e-mail of a customer who unsubscribed before the retry is marked not sent, not left pending", async () => {
    let t = await assignedTicket("Unsubscribed meanwhile");
    t = await changeTicketStatus(as(member), { ...t, statusId: reviewId });
    await dispatchOutbox(handle.db, 50, (topic) => (topic === TOPIC ? [down] : handlersFor(topic)));
    expect((await emailRows(t.ticketId))[0]).toMatchObject({ state: "pending" });
    await setMyEmailNotifications(as(customer), { enabled: false });
    const [action] = await actionRows(t.ticketId);
    await handle.db.update(outbox).set({ availableAt: sql`now()` }).where(eq(outbox.id, action!.id));
    await drain();
    expect(received).toHaveLength(0);
    expect((await emailRows(t.ticketId))[0]).toMatchObject({ state: "failed", error: UNSUBSCRIBED });
    expect((await actionRows(t.ticketId))[0]?.processedAt).toBeInstanceOf(Date);
  });

  it("lets only customers choose here", async () => {
    await expect(setMyEmailNotifications(as(member), { enabled: false })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await optedIn(member)).toBe(true);
  });

  it("does not send a status action's e-mail to a customer who unsubscribed", async () => {
    const ticket = await assignedTicket("Quiet please");
    await setMyEmailNotifications(as(customer), { enabled: false });
    try {
      await changeTicketStatus(as(member), { ...ticket, statusId: reviewId });
      await drain();
      expect(await emailRows(ticket.ticketId)).toHaveLength(0);
      expect(received).toHaveLength(0);
    } finally {
      await setMyEmailNotifications(as(customer), { enabled: true });
    }
  });
});

const emailRowsFor = (ticketId: string) =>
  handle.db
    .select()
    .from(outboundMessages)
    .where(and(eq(outboundMessages.ticketId, ticketId), eq(outboundMessages.channel, "email")));

describe("mail setup shown to admins", () => {
  it("names the server and sender, never the credentials", () => {
    const setup = describeMailSetup({ SMTP_URL: "smtps://mailer:s3cret@mail.example.com", SMTP_FROM: FROM });
    expect(setup).toEqual({ kind: "smtp", server: "mail.example.com:465", from: FROM });
    expect(JSON.stringify(setup)).not.toMatch(/s3cret|mailer:/);
    expect(describeMailSetup({ SMTP_URL: undefined, SMTP_FROM: FROM })).toEqual({
      kind: "local",
      from: FROM,
    });
  });
});
