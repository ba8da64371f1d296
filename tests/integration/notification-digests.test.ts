import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import webpush from "web-push";
import type { DbHandle } from "@/db/client";
import {
  notificationDigests,
  notifications,
  outboundMessages,
  outbox,
  pushSubscriptions,
  tickets,
  users,
} from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { addTicketUpdate } from "@/lib/conversation/add-ticket-update";
import { postTicketMessage } from "@/lib/conversation/post-ticket-message";
import { INTERRUPTED, sweepInterruptedSends, UNSUBSCRIBED } from "@/lib/messaging/deliver-once";
import { createMailer, type Mailer } from "@/lib/messaging/mailer";
import {
  createDeliverDigest,
  NOT_VISIBLE,
  STAFF_EMAIL_OFF,
  SWITCHED_OFF,
  sweepDigests,
} from "@/lib/notifications/deliver-digest";
import { NOTIFICATION_EVENTS } from "@/lib/notifications/notification-preferences";
import { DIGEST_TOPIC } from "@/lib/notifications/queue-deliveries";
import { setMyNotificationPreferences } from "@/lib/notifications/set-my-notification-preferences";
import { deliverClaimed, dispatchOutbox } from "@/lib/outbox/dispatch-outbox";
import { handlersFor } from "@/lib/outbox/handlers";
import { removePushSubscription } from "@/lib/push/remove-push-subscription";
import { savePushSubscription } from "@/lib/push/save-push-subscription";
import { createPushSender, type PushSender } from "@/lib/push/send-push";
import { acceptOffer } from "@/lib/tickets/accept-offer";
import { createTicket } from "@/lib/tickets/create-ticket";
import { setMyEmailNotifications } from "@/lib/users/set-my-email-notifications";
import { makeAsset, makeUser } from "@/tests/support/fixtures";
import { browserKeys, startPushReceiver } from "@/tests/support/push-receiver";
import { type CapturedMail, startSmtpCapture } from "@/tests/support/smtp-capture";
import { createTestDb } from "@/tests/support/test-db";
import { refusal } from "@/tests/support/tickets";

// The loopback push service below is the only one these tests post to (env() is read lazily).
process.env.PUSH_ALLOWED_ENDPOINTS = "http://127.0.0.1:";

const APP_URL = "http://127.0.0.1:3999";
const FROM = "Helpdesk <helpdesk@test.local>";
const keys = { ...webpush.generateVAPIDKeys(), subject: "mailto:ops@test.local" };

let handle: DbHandle;
let member: Actor;
let customer: Actor;
let assetId: string;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let mailer: Mailer;
let receiver: Awaited<ReturnType<typeof startPushReceiver>>;
let received: CapturedMail[] = [];

const as = (actor: Actor): Ctx => ({ actor, db: handle.db });

function handlers(deps: { mailer?: Mailer; push?: PushSender | null } = {}) {
  const digest = createDeliverDigest({
    mailer: () => deps.mailer ?? mailer,
    appUrl: () => APP_URL,
    push: () => (deps.push === undefined ? createPushSender(keys) : deps.push),
  });
  return (topic: string) => (topic === DIGEST_TOPIC ? [digest] : handlersFor(topic));
}

async function drain(using = handlers()) {
  while ((await dispatchOutbox(handle.db, 50, using)) > 0) {}
}

/** The digests' windows end now (they are due a minute after their first event otherwise). */
async function windowsEnd(using = handlers()) {
  await drain(using); // the events join their digests
  await handle.db
    .update(outbox)
    .set({ availableAt: sql`now()` })
    .where(and(eq(outbox.topic, DIGEST_TOPIC), sql`${outbox.processedAt} is null`));
  await drain(using);
}

const mailsTo = (actor: Actor) => received.filter((r) => r.envelopeTo.includes(actor.email));
const digestsOf = (actor: Actor) =>
  handle.db.select().from(notificationDigests).where(eq(notificationDigests.userId, actor.id));

async function assignedTicket(title: string) {
  const created = await createTicket(as(customer), { title, assetId });
  await acceptOffer(as(member), { ticketId: created.ticketId });
  const [row] = await handle.db.select().from(tickets).where(eq(tickets.id, created.ticketId));
  return row!;
}

const say = (actor: Actor, ticketId: string, body: string) =>
  postTicketMessage(as(actor), { ticketId, body });

const everything = (on: boolean) =>
  Object.fromEntries(NOTIFICATION_EVENTS.map((e) => [e, { email: on, push: on }])) as Record<
    (typeof NOTIFICATION_EVENTS)[number],
    { email: boolean; push: boolean }
  >;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  received = smtp.received;
  mailer = createMailer({ SMTP_URL: smtp.url, SMTP_FROM: FROM });
  receiver = await startPushReceiver();
  handle = await createTestDb();
});

afterAll(async () => {
  await handle?.close();
  await receiver?.close();
  await smtp?.close();
});

beforeEach(async () => {
  // Each test has its own people, so one's digests never meet another's.
  member = await makeUser(handle.db, "member", "Max Member");
  customer = await makeUser(handle.db, "code_user", "Dana Customer");
  assetId = (await makeAsset(handle.db, { responsible: [member], holders: [customer] })).id;
  await windowsEnd();
  received.length = 0;
  receiver.requests.length = 0;
});

describe("coalescing", () => {
  it("ten messages in a minute give the member one e-mail that has all ten, escaped", async () => {
    const ticket = await assignedTicket("Heater rattles");
    for (let i = 1; i <= 10; i++)
      await say(customer, ticket.id, `Message ${i} <script>alert(${i})</script> & more`);
    await windowsEnd();

    const mails = mailsTo(member);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!.mail;
    expect(mail.subject).toContain(`T-${ticket.number}`);
    expect(mail.subject).toContain("10 new messages");
    for (let i = 1; i <= 10; i++)
      expect(mail.text).toContain(`Message ${i} <script>alert(${i})</script> & more`);
    expect(mail.html).not.toMatch(/<script/i);
    expect(mail.html).toContain("&lt;script&gt;alert(3)&lt;/script&gt; &amp; more");
    expect(mail.text).toContain(`${APP_URL}/tickets/${ticket.number}`);
    // An employee's e-mail also says how to stop them.
    expect(mail.headerLines.some((h) => h.key === "list-unsubscribe")).toBe(true);
    // The bell told of all of them either way: one entry, ten events.
    const [bell] = await handle.db.select().from(notifications).where(eq(notifications.userId, member.id));
    expect(bell?.eventCount).toBeGreaterThanOrEqual(10);

    const [digest] = (await digestsOf(member)).filter((d) => d.channel === "email");
    // Ten messages and the offer before them: one e-mail.
    expect(digest).toMatchObject({ state: "sent", eventCount: 11 });
    expect(mail.subject).toContain("(+1 more)");
  });

  it("a message after the window starts a new e-mail, and the member's replies reach the customer once", async () => {
    const ticket = await assignedTicket("Boiler pressure");
    await say(customer, ticket.id, "First burst");
    await windowsEnd();
    await say(customer, ticket.id, "Second burst");
    await say(member, ticket.id, "Reply one");
    await say(member, ticket.id, "Reply two");
    await windowsEnd();

    expect(mailsTo(member).map((m) => m.mail.text?.includes("Second burst"))).toEqual([false, true]);
    const toCustomer = mailsTo(customer).filter((m) => m.mail.text?.includes("Reply one"));
    expect(toCustomer).toHaveLength(1);
    expect(toCustomer[0]!.mail.text).toContain("Reply two");
    expect(toCustomer[0]!.mail.text).toContain(`${APP_URL}/portal/tickets/${ticket.number}`);
    expect(toCustomer[0]!.mail.subject).toContain(`T-${ticket.number}`);
    // What the customer reads never names who is assigned internally, only the writer.
    expect(toCustomer[0]!.mail.text).toContain("Max Member wrote:");
  });

  it("a retried digest sends nothing twice", async () => {
    const ticket = await assignedTicket("Window seal");
    await say(customer, ticket.id, "Draughty");
    await windowsEnd();
    expect(mailsTo(member)).toHaveLength(1);
    // The same outbox row delivered again (a lost acknowledgement, a second instance) before the
    // digest was marked sent: only the e-mail's own record stands between it and a second e-mail.
    await handle.db
      .update(outbox)
      .set({ processedAt: null, availableAt: sql`now()` })
      .where(eq(outbox.topic, DIGEST_TOPIC));
    await handle.db
      .update(notificationDigests)
      .set({ state: "closed" })
      .where(eq(notificationDigests.userId, member.id));
    await drain();
    expect(mailsTo(member)).toHaveLength(1);
  });
});

describe("preferences", () => {
  it("an event switched off for e-mail gives no e-mail, the bell still tells", async () => {
    await setMyNotificationPreferences(as(member), {
      emailNotifications: true,
      preferences: { ...everything(true), ticket_message: { email: false, push: true } },
    });
    const ticket = await assignedTicket("Leaking tap");
    await say(customer, ticket.id, "Still dripping");
    await windowsEnd();
    const [bell] = await handle.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, member.id), eq(notifications.subjectId, ticket.id)));
    expect(bell?.kind).toBe("message");
    expect(mailsTo(member).filter((m) => m.mail.text?.includes("Still dripping"))).toHaveLength(0);
    // Other events still e-mail: the offer of the ticket did.
    expect(mailsTo(member).some((m) => m.mail.subject?.includes(`T-${ticket.number}`))).toBe(true);
  });

  it("notification e-mails off means none at all; only what differs from the default is stored", async () => {
    const saved = await setMyNotificationPreferences(as(member), {
      emailNotifications: false,
      preferences: { ...everything(true), task_assigned: { email: true, push: false } },
    });
    expect(saved.preferences).toEqual({ task_assigned: { push: false } });
    const ticket = await assignedTicket("No mail please");
    await say(customer, ticket.id, "Hello?");
    await windowsEnd();
    expect(mailsTo(member)).toHaveLength(0);
    const [row] = await handle.db.select().from(users).where(eq(users.id, member.id));
    expect(row?.notificationPreferences).toEqual({ task_assigned: { push: false } });
  });

  it("customers and bad input are refused and change nothing", async () => {
    const asCustomer = await refusal(
      setMyNotificationPreferences(as(customer), {
        emailNotifications: false,
        preferences: everything(false),
      }),
    );
    expect(asCustomer.code).toBe("forbidden");
    const missing = await refusal(
      setMyNotificationPreferences(as(member), {
        emailNotifications: true,
        preferences: { ticket_offer: { email: false, push: false } } as ReturnType<typeof everything>,
      }),
    );
    expect(missing.code).toBe("invalid");
    const [row] = await handle.db.select().from(users).where(eq(users.id, member.id));
    expect(row?.notificationPreferences).toEqual({});
    expect(row?.emailNotifications).toBe(true);
  });

  it("a customer who turned e-mails off gets none; one who turns them off before the window ends neither", async () => {
    const ticket = await assignedTicket("Unsubscribed");
    await setMyEmailNotifications(as(customer), { enabled: false });
    await say(member, ticket.id, "We will come on Monday");
    await windowsEnd();
    expect(mailsTo(customer)).toHaveLength(0);

    await setMyEmailNotifications(as(customer), { enabled: true });
    await say(member, ticket.id, "Monday at nine");
    await drain(); // the digest collects
    await setMyEmailNotifications(as(customer), { enabled: false });
    await windowsEnd();
    expect(mailsTo(customer)).toHaveLength(0);
    const [digest] = (await digestsOf(customer)).filter((d) => d.channel === "email");
    expect(digest).toMatchObject({ state: "failed", error: UNSUBSCRIBED });
    const [record] = await handle.db
      .select()
      .from(outboundMessages)
      .where(eq(outboundMessages.idempotencyKey, `${DIGEST_TOPIC}:${digest!.id}`));
    expect(record).toMatchObject({ state: "failed", error: UNSUBSCRIBED });
  });

  it("an employee who turns e-mails off before the window ends is not e-mailed", async () => {
    const ticket = await assignedTicket("Changed mind");
    await say(customer, ticket.id, "One more thing");
    await drain();
    await setMyNotificationPreferences(as(member), {
      emailNotifications: false,
      preferences: everything(true),
    });
    await windowsEnd();
    expect(mailsTo(member).filter((m) => m.mail.text?.includes("One more thing"))).toHaveLength(0);
    const digests = (await digestsOf(member)).filter((d) => d.channel === "email" && d.state === "failed");
    expect(digests.map((d) => d.error)).toContain(STAFF_EMAIL_OFF);
  });
});

describe("what a customer is never e-mailed", () => {
  it("an internal update in the same burst: the customer's e-mail tells the public message only", async () => {
    const ticket = await assignedTicket("Canary");
    await say(member, ticket.id, "Public words");
    await addTicketUpdate(as(member), {
      ticketId: ticket.id,
      visibility: "internal",
      body: "CANARY-7731 internal",
    });
    await say(member, ticket.id, "More public words");
    await windowsEnd();
    const mails = mailsTo(customer);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.mail.text).toContain("Public words");
    expect(mails[0]!.mail.text).toContain("More public words");
    for (const r of received)
      expect(`${r.mail.subject}${r.mail.text}${r.mail.html}`).not.toContain("CANARY-7731");
    const records = await handle.db
      .select()
      .from(outboundMessages)
      .where(eq(outboundMessages.ticketId, ticket.id));
    for (const r of records) expect(r.body).not.toContain("CANARY-7731");
  });

  it("a ticket made internal before its e-mail left is not e-mailed", async () => {
    const ticket = await assignedTicket("Made internal");
    await say(member, ticket.id, "Public words");
    await drain();
    await handle.db.update(tickets).set({ visibility: "internal" }).where(eq(tickets.id, ticket.id));
    await windowsEnd();
    expect(mailsTo(customer)).toHaveLength(0);
    const customerDigests = await digestsOf(customer);
    expect(customerDigests.map((d) => [d.state, d.error])).toEqual([["failed", NOT_VISIBLE]]);
  });
});

describe("events in any order, preferences at delivery", () => {
  it("a later event's outbox row handled first: both join, told in the order they happened", async () => {
    const ticket = await assignedTicket("Out of order");
    await drain();
    await say(customer, ticket.id, "First words");
    await say(customer, ticket.id, "Second words");
    const rows = await handle.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.topic, "ticket.message_posted"), sql`${outbox.processedAt} is null`));
    expect(rows).toHaveLength(2);
    // The second message's row first (another instance, or a retry of the first after a failure).
    const [first, second] = rows.sort((a, b) => a.id - b.id);
    await deliverClaimed(handle.db, [{ ...second!, attempts: second!.attempts + 1 }], handlers());
    await deliverClaimed(handle.db, [{ ...first!, attempts: first!.attempts + 1 }], handlers());
    await windowsEnd();
    const text = mailsTo(member).find((m) => m.mail.text?.includes("First words"))?.mail.text ?? "";
    expect(text).toContain("Second words");
    expect(text.indexOf("First words")).toBeLessThan(text.indexOf("Second words"));
  });

  it("an event switched off while its digest collects is not sent", async () => {
    const browser = browserKeys();
    await savePushSubscription(as(member), {
      endpoint: receiver.url("/push/midway"),
      keys: { p256dh: browser.p256dh, auth: browser.auth },
    });
    const ticket = await assignedTicket("Midway");
    await windowsEnd();
    receiver.requests.length = 0;
    await say(customer, ticket.id, "Psst");
    await drain(); // the push digest collects
    await setMyNotificationPreferences(as(member), {
      emailNotifications: true,
      preferences: { ...everything(true), ticket_message: { email: true, push: false } },
    });
    await windowsEnd();
    expect(receiver.requests).toHaveLength(0);
    const push = (await digestsOf(member)).filter((d) => d.channel === "push").at(-1);
    expect(push).toMatchObject({ state: "failed", error: SWITCHED_OFF });
    // E-mail was left on: it is sent.
    expect(mailsTo(member).some((m) => m.mail.text?.includes("Psst"))).toBe(true);
  });
});

describe("crash between send and mark", () => {
  it("an e-mail sent by a process that died before marking it is never sent again", async () => {
    const ticket = await assignedTicket("Crash");
    await say(customer, ticket.id, "Are you there?");
    await drain();
    let sent = 0;
    const dying: Mailer = {
      name: mailer.name,
      async send(message) {
        await mailer.send(message);
        sent++;
        await new Promise(() => {}); // the process dies here: the record is never marked sent
      },
    };
    await handle.db.update(outbox).set({ availableAt: sql`now()` }).where(eq(outbox.topic, DIGEST_TOPIC));
    void dispatchOutbox(handle.db, 50, handlers({ mailer: dying }));
    await expect.poll(() => sent, { timeout: 10_000 }).toBe(1);

    // Another process takes the row over once its lease ran out.
    await handle.db
      .update(outbox)
      .set({ availableAt: sql`now()` })
      .where(and(eq(outbox.topic, DIGEST_TOPIC), sql`${outbox.processedAt} is null`));
    await drain();
    expect(mailsTo(member).filter((m) => m.mail.text?.includes("Are you there?"))).toHaveLength(1);
    const [digest] = (await digestsOf(member)).filter((d) => d.channel === "email");
    expect(digest).toMatchObject({ state: "failed", error: INTERRUPTED });

    expect(await sweepInterruptedSends(handle.db, 0)).toBe(1);
    const [record] = await handle.db
      .select()
      .from(outboundMessages)
      .where(eq(outboundMessages.idempotencyKey, `${DIGEST_TOPIC}:${digest!.id}`));
    expect(record).toMatchObject({ state: "failed", error: INTERRUPTED });
  });
});

describe("browser notifications", () => {
  it("reach every subscribed browser encrypted and signed; a dropped subscription is removed", async () => {
    const browser = browserKeys();
    await savePushSubscription(as(member), {
      endpoint: receiver.url("/push/laptop"),
      keys: { p256dh: browser.p256dh, auth: browser.auth },
    });
    const old = browserKeys();
    await savePushSubscription(as(member), {
      endpoint: receiver.url("/gone/old-phone"),
      keys: { p256dh: old.p256dh, auth: old.auth },
    });
    const ticket = await assignedTicket("Push me");
    receiver.requests.length = 0;
    await say(customer, ticket.id, "Ping 1");
    await say(customer, ticket.id, "Ping 2");
    await windowsEnd();

    const laptop = receiver.requests.filter((r) => r.path === "/push/laptop");
    expect(laptop).toHaveLength(1);
    expect(laptop[0]!.headers["content-encoding"]).toBe("aes128gcm");
    expect(laptop[0]!.headers.authorization).toMatch(/^vapid t=.+, k=/);
    const payload = JSON.parse(browser.decrypt(laptop[0]!.body));
    expect(payload.title).toContain(`T-${ticket.number}`);
    expect(payload.body).toContain("Ping 1");
    expect(payload.body).toContain("Ping 2");
    expect(payload.url).toBe(`${APP_URL}/tickets/${ticket.number}`);

    const left = await handle.db
      .select()
      .from(pushSubscriptions)
      .where(eq(pushSubscriptions.userId, member.id));
    expect(left.map((s) => s.endpoint)).toEqual([receiver.url("/push/laptop")]);
  });

  it("switched off per event, or removed from the browser, it sends nothing", async () => {
    const browser = browserKeys();
    const endpoint = receiver.url("/push/desk");
    await savePushSubscription(as(member), {
      endpoint,
      keys: { p256dh: browser.p256dh, auth: browser.auth },
    });
    await setMyNotificationPreferences(as(member), {
      emailNotifications: true,
      preferences: { ...everything(true), ticket_message: { email: true, push: false } },
    });
    const ticket = await assignedTicket("Quiet");
    receiver.requests.length = 0;
    await say(customer, ticket.id, "Shh");
    await windowsEnd();
    const pushed = () => receiver.requests.map((r) => browser.decrypt(r.body));
    // The offer was still pushed (its own event), the message was not.
    expect(pushed().some((text) => text.includes("New offer"))).toBe(true);
    expect(pushed().some((text) => text.includes("Shh"))).toBe(false);

    receiver.requests.length = 0;
    await removePushSubscription(as(member), { endpoint });
    await setMyNotificationPreferences(as(member), {
      emailNotifications: true,
      preferences: everything(true),
    });
    await say(customer, ticket.id, "Now?");
    await windowsEnd();
    expect(receiver.requests).toHaveLength(0);
    expect((await digestsOf(member)).filter((d) => d.channel === "push" && d.state !== "sent")).toEqual([]);
  });

  it("a push cut off by a crash is not repeated, and the sweep reports it", async () => {
    const browser = browserKeys();
    await savePushSubscription(as(member), {
      endpoint: receiver.url("/push/crash"),
      keys: { p256dh: browser.p256dh, auth: browser.auth },
    });
    const ticket = await assignedTicket("Push crash");
    await say(customer, ticket.id, "Hello");
    await drain();
    receiver.requests.length = 0;
    const real = createPushSender(keys);
    const dying: PushSender = async (target, payload) => {
      await real(target, payload);
      return new Promise(() => {});
    };
    await handle.db.update(outbox).set({ availableAt: sql`now()` }).where(eq(outbox.topic, DIGEST_TOPIC));
    void dispatchOutbox(handle.db, 50, handlers({ push: dying }));
    await expect.poll(() => receiver.requests.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    await handle.db
      .update(outbox)
      .set({ availableAt: sql`now()` })
      .where(and(eq(outbox.topic, DIGEST_TOPIC), sql`${outbox.processedAt} is null`));
    await drain();
    expect(receiver.requests.filter((r) => r.path === "/push/crash")).toHaveLength(1);
    expect(await sweepDigests(handle.db, 0)).toBeGreaterThanOrEqual(1);
    const push = (await digestsOf(member)).filter((d) => d.channel === "push");
    expect(push.map((d) => [d.state, d.error])).toContainEqual(["failed", INTERRUPTED]);
  });

  it("only employees subscribe, and only to a push service's URL", async () => {
    const browser = browserKeys();
    const fromCustomer = await refusal(
      savePushSubscription(as(customer), {
        endpoint: receiver.url("/push/c"),
        keys: { p256dh: browser.p256dh, auth: browser.auth },
      }),
    );
    expect(fromCustomer.code).toBe("forbidden");
    for (const endpoint of [
      "https://10.0.0.5/internal",
      "http://localhost:3000/api",
      "https://169.254.169.254/",
    ]) {
      const internal = await refusal(
        savePushSubscription(as(member), { endpoint, keys: { p256dh: browser.p256dh, auth: browser.auth } }),
      );
      expect(internal.code).toBe("invalid");
    }
    const notUrl = await refusal(
      savePushSubscription(as(member), {
        endpoint: "file:///etc/passwd",
        keys: { p256dh: browser.p256dh, auth: browser.auth },
      }),
    );
    expect(notUrl.code).toBe("invalid");
    const badKey = await refusal(
      savePushSubscription(as(member), {
        endpoint: receiver.url("/push/x"),
        keys: { p256dh: "not base64!", auth: "x" },
      }),
    );
    expect(badKey.code).toBe("invalid");
    expect(
      await handle.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.userId, customer.id)),
    ).toEqual([]);
  });
});
