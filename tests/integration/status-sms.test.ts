import http from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { assets, outboundMessages, outbox, statuses, users } from "@/db/schema";
import type { Actor, Ctx } from "@/lib/context";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/msg";
import { english } from "@/lib/i18n/translate";
import { createHttpSmsProvider } from "@/lib/messaging/http-sms-provider";
import { listOutboundMessages } from "@/lib/messaging/queries";
import { createSendStatusSms, NO_PHONE_MESSAGE } from "@/lib/messaging/send-status-sms";
import {
  createSmsProvider,
  describeSmsSetup,
  LOCAL_SMS_PROVIDER,
  type SmsProvider,
} from "@/lib/messaging/sms-provider";
import { dispatchOutbox, MAX_ATTEMPTS } from "@/lib/outbox/dispatch-outbox";
import { handlersFor } from "@/lib/outbox/handlers";
import { loadTicketStatuses } from "@/lib/statuses/load-statuses";
import { acceptOffer } from "@/lib/tickets/accept-offer";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { createTicket } from "@/lib/tickets/create-ticket";
import { listUsers } from "@/lib/users/queries";
import { registerCustomer } from "@/lib/users/register-customer";
import { PHONE_MESSAGE as PHONE_KEY } from "@/lib/users/schemas";
import { updateMyPhone } from "@/lib/users/update-my-phone";
import { systemStatus } from "@/lib/workflow/ticket-engine";
import { makeAsset, makeUser } from "@/tests/support/fixtures";
import { createTestDb } from "@/tests/support/test-db";

const PHONE_MESSAGE = english(msg(PHONE_KEY));

const APP_URL = "http://127.0.0.1:3999";
const TOKEN = "test-token-123";
const TOPIC = "status_action.sms_customer";

type GatewayRequest = { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: unknown };

let handle: DbHandle;
let admin: Actor;
let member: Actor;
let customer: Actor;
let silentCustomer: Actor;
let assetId: string;
let partsId: string;
let gateway: http.Server;
let gatewayUrl: string;
const requests: GatewayRequest[] = [];
/** The gateway's next answers (status codes); 200 once they run out. */
const answers: number[] = [];

const as = (actor: Actor): Ctx => ({ actor, db: handle.db });

function handlersWith(provider: SmsProvider) {
  const sms = createSendStatusSms({ provider: () => provider, appUrl: () => APP_URL });
  return (topic: string) => (topic === TOPIC ? [sms] : handlersFor(topic));
}
const httpHandlers = () =>
  handlersWith(createSmsProvider({ SMS_HTTP_URL: gatewayUrl, SMS_HTTP_TOKEN: TOKEN }));

async function drain(using = httpHandlers()) {
  while ((await dispatchOutbox(handle.db, 50, using)) > 0) {}
}

/** A ticket of `by` on the asset, moved by the member through In Progress into "Awaiting parts". */
async function ticketAwaitingParts(by: Actor, title: string) {
  const statusList = await loadTicketStatuses(handle.db);
  const created = await createTicket(as(by), { title, assetId });
  let t = await acceptOffer(as(member), { ticketId: created.ticketId });
  t = await changeTicketStatus(as(member), { ...t, statusId: systemStatus(statusList, "in_progress").id });
  return changeTicketStatus(as(member), { ...t, statusId: partsId });
}

const smsRows = (ticketId: string) =>
  handle.db
    .select()
    .from(outboundMessages)
    .where(and(eq(outboundMessages.ticketId, ticketId), eq(outboundMessages.channel, "sms")));

const actionRows = (ticketId: string) =>
  handle.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.topic, TOPIC), sql`${outbox.payload}->>'ticketId' = ${ticketId}`));

beforeAll(async () => {
  gateway = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {}
      requests.push({ method: req.method, url: req.url, headers: req.headers, body });
      const status = answers.shift() ?? 200;
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(status < 300 ? '{"id":"msg-1"}' : '{"error":"gateway unavailable"}');
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, "127.0.0.1", resolve));
  gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/v1/sms`;

  handle = await createTestDb();
  admin = await makeUser(handle.db, "admin");
  member = await makeUser(handle.db, "member");
  customer = await makeUser(handle.db, "code_user", "Sam Customer");
  silentCustomer = await makeUser(handle.db, "code_user", "No Phone");
  await handle.db.update(users).set({ phone: "+49 (151) 2345-0001" }).where(eq(users.id, customer.id));
  assetId = (await makeAsset(handle.db, { responsible: [member], holders: [customer, silentCustomer] })).id;
  const [parts] = await handle.db
    .insert(statuses)
    .values({
      kind: "ticket",
      category: "on_hold",
      name: "Awaiting parts",
      color: "#fb923c",
      position: 30,
      actions: [
        {
          type: "sms_customer",
          body: "{{customer}}, your ticket {{number}} ({{title}}) is now {{status}}. {{link}}",
        },
      ],
    })
    .returning({ id: statuses.id });
  partsId = parts!.id;
});

afterAll(async () => {
  await handle?.close();
  await new Promise<void>((resolve) => (gateway ? gateway.close(() => resolve()) : resolve()));
});

beforeEach(async () => {
  await drain();
  requests.length = 0;
  answers.length = 0;
});

describe("status action: SMS to the customer", () => {
  it("POSTs {to, text} with the Bearer token and an Idempotency-Key; the text names the step", async () => {
    const t = await ticketAwaitingParts(customer, "Gearbox noise");
    const [action] = await actionRows(t.ticketId);
    await drain();
    await drain();

    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/v1/sms");
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request?.headers["content-type"]).toContain("application/json");
    expect(request?.headers["idempotency-key"]).toBe(`${action!.idempotencyKey}:sms`);
    const text = `Sam Customer, your ticket T-${t.number} (Gearbox noise) is now In Progress. ${APP_URL}/portal/tickets/${t.number}`;
    expect(request?.body).toEqual({ to: "+4915123450001", text });
    expect(JSON.stringify(request?.body)).not.toContain("Awaiting parts");

    expect(await smsRows(t.ticketId)).toMatchObject([
      {
        recipient: "+4915123450001",
        body: text,
        provider: "http",
        state: "sent",
        error: null,
        subject: null,
      },
    ]);
  });

  it("retries after a non-2xx answer, then sends once", async () => {
    answers.push(503);
    const t = await ticketAwaitingParts(customer, "Flat tyre");
    await drain();
    const [failed] = await actionRows(t.ticketId);
    expect(requests).toHaveLength(1);
    expect(failed?.processedAt).toBeNull();
    expect(failed?.lastError).toContain("503");
    const [pending] = await smsRows(t.ticketId);
    expect(pending?.state).toBe("pending");
    expect(pending?.error).toContain("503");

    await handle.db.update(outbox).set({ availableAt: sql`now()` }).where(eq(outbox.id, failed!.id));
    await drain();
    await drain();
    expect(requests).toHaveLength(2);
    expect(requests[1]?.headers["idempotency-key"]).toBe(requests[0]?.headers["idempotency-key"]);
    const [done] = await actionRows(t.ticketId);
    expect(done?.processedAt).toBeInstanceOf(Date);
    expect(done?.lastError).toBeNull();
    expect(await smsRows(t.ticketId)).toMatchObject([{ state: "sent", error: null }]);

    // Handled again after a crash before marking: nothing more is sent.
    await handle.db
      .update(outbox)
      .set({ processedAt: null, availableAt: sql`now()` })
      .where(eq(outbox.id, failed!.id));
    await drain();
    expect(requests).toHaveLength(2);
  });

  it("marks the SMS failed, not pending for ever, when the dispatcher stops retrying", async () => {
    answers.push(...Array(MAX_ATTEMPTS).fill(503));
    const t = await ticketAwaitingParts(customer, "Seized bearing");
    await drain();
    const [action] = await actionRows(t.ticketId);
    expect(await smsRows(t.ticketId)).toMatchObject([{ state: "pending" }]);

    // The last attempt fails as well: the row is parked and the message says so.
    await handle.db
      .update(outbox)
      .set({ attempts: MAX_ATTEMPTS - 1, availableAt: sql`now()` })
      .where(eq(outbox.id, action!.id));
    await drain();
    const [parked] = await actionRows(t.ticketId);
    expect(parked?.processedAt).toBeInstanceOf(Date);
    const [sms] = await smsRows(t.ticketId);
    expect(sms?.state).toBe("failed");
    expect(sms?.error).toMatch(new RegExp(`^Gave up after ${MAX_ATTEMPTS} attempts: .*503`));
    expect(requests).toHaveLength(2);
  });

  it("records a customer without a phone number as failed, without retrying", async () => {
    const t = await ticketAwaitingParts(silentCustomer, "Broken latch");
    await drain();
    expect(requests).toHaveLength(0);
    expect(await smsRows(t.ticketId)).toMatchObject([
      { recipient: "", state: "failed", error: NO_PHONE_MESSAGE, sentAt: null },
    ]);
    const [action] = await actionRows(t.ticketId);
    expect(action?.processedAt).toBeInstanceOf(Date);
    expect(action?.attempts).toBe(1);
  });

  it("never texts about an internal ticket", async () => {
    const statusList = await loadTicketStatuses(handle.db);
    const created = await createTicket(as(admin), {
      title: "Internal check",
      assetId,
      visibility: "internal",
    });
    let t = await acceptOffer(as(member), { ticketId: created.ticketId });
    t = await changeTicketStatus(as(admin), { ...t, statusId: systemStatus(statusList, "in_progress").id });
    await changeTicketStatus(as(admin), { ...t, statusId: partsId });
    await drain();
    expect(requests).toHaveLength(0);
    expect(await smsRows(created.ticketId)).toHaveLength(0);
  });

  it("with no gateway, the local SMS log row is the delivery", async () => {
    expect(createSmsProvider({ SMS_HTTP_URL: undefined, SMS_HTTP_TOKEN: undefined })).toBe(
      LOCAL_SMS_PROVIDER,
    );
    const t = await ticketAwaitingParts(customer, "Stuck door");
    await drain(handlersWith(LOCAL_SMS_PROVIDER));
    await handle.db
      .update(outbox)
      .set({ processedAt: null, availableAt: sql`now()` })
      .where(and(eq(outbox.topic, TOPIC), sql`${outbox.payload}->>'ticketId' = ${t.ticketId}`));
    await drain(handlersWith(LOCAL_SMS_PROVIDER));
    expect(requests).toHaveLength(0);
    const rows = await smsRows(t.ticketId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ provider: "local", state: "sent", recipient: "+4915123450001" });
    expect(rows[0]?.body).toContain(`your ticket T-${t.number} (Stuck door) is now In Progress.`);
    expect(rows[0]?.sentAt).toBeInstanceOf(Date);
  });

  it("the HTTP provider gives up after its timeout", async () => {
    const hanging = http.createServer(() => {});
    await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/`;
    try {
      const provider = createHttpSmsProvider({ url, token: TOKEN, timeoutMs: 200 });
      await expect(provider.send({ to: "+1", text: "x", idempotencyKey: "k" })).rejects.toThrow(
        "did not answer within 0.2 s",
      );
    } finally {
      hanging.closeAllConnections();
      await new Promise<void>((resolve) => hanging.close(() => resolve()));
    }
  });

  it("tells admins the gateway's host, never its token or key", () => {
    const setup = describeSmsSetup({
      SMS_HTTP_URL: "https://sms.example.com/send?key=k3y",
      SMS_HTTP_TOKEN: TOKEN,
    });
    expect(setup).toEqual({ kind: "http", gateway: "https://sms.example.com" });
    expect(describeSmsSetup({ SMS_HTTP_URL: undefined, SMS_HTTP_TOKEN: TOKEN })).toEqual({ kind: "local" });
  });

  it("shows the SMS log to admins only, newest first, a page at a time", async () => {
    await expect(listOutboundMessages(as(member), { channel: "sms" })).rejects.toBeInstanceOf(DomainError);
    await expect(listOutboundMessages(as(customer), { channel: "email" })).rejects.toBeInstanceOf(
      DomainError,
    );
    const page = await listOutboundMessages(as(admin), { channel: "sms" });
    expect(page.items.length).toBeGreaterThan(2);
    expect(page.olderThan).toBeNull();
    const ids = page.items.map((m) => m.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(page.items[0]?.ticketNumber).toEqual(expect.any(Number));
    const older = await listOutboundMessages(as(admin), { channel: "sms", before: ids[1] });
    expect(older.items.map((m) => m.id)).toEqual(ids.slice(2));
  });
});

describe("customers' phone numbers", () => {
  const phoneOf = async (id: string) =>
    (await handle.db.select({ phone: users.phone }).from(users).where(eq(users.id, id)))[0]?.phone;

  it("are optional at registration and loosely checked", async () => {
    const [asset] = await handle.db.select().from(assets).where(eq(assets.id, assetId));
    const base = { password: "correct-horse-7", accessCode: asset!.accessCode };
    const withPhone = await registerCustomer(
      { db: handle.db },
      {
        ...base,
        name: "Phone Person",
        email: `phone-${Date.now()}@test.local`,
        phone: " +1 (555) 010-9999 ",
      },
      { address: null },
    );
    expect(await phoneOf(withPhone.userId)).toBe("+1 (555) 010-9999");
    const without = await registerCustomer(
      { db: handle.db },
      { ...base, name: "No Phone Person", email: `nophone-${Date.now()}@test.local`, phone: "" },
      { address: null },
    );
    expect(await phoneOf(without.userId)).toBeNull();
    for (const phone of ["12345", "call me maybe", "+49 151 2345 6789 0000 1"]) {
      const error = await registerCustomer(
        { db: handle.db },
        { ...base, name: "Bad Phone", email: `bad-${Date.now()}@test.local`, phone },
        { address: null },
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).fieldErrors?.phone).toEqual([PHONE_MESSAGE]);
    }
  });

  it("are set by customers on their own record only, and shown to admins", async () => {
    const other = await makeUser(handle.db, "code_user");
    expect(await updateMyPhone(as(other), { phone: "0151 2345  6789" })).toEqual({ phone: "0151 2345 6789" });
    expect(await phoneOf(other.id)).toBe("0151 2345 6789");
    expect(await phoneOf(customer.id)).toBe("+49 (151) 2345-0001");
    const refused = await updateMyPhone(as(other), { phone: "abc" }).catch((e: unknown) => e);
    expect((refused as DomainError).fieldErrors?.phone).toEqual([PHONE_MESSAGE]);
    await expect(updateMyPhone(as(member), { phone: "0151 2345 6789" })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await phoneOf(member.id)).toBeNull();

    const listed = await listUsers(as(admin));
    expect(listed.find((u) => u.id === other.id)?.phone).toBe("0151 2345 6789");

    expect(await updateMyPhone(as(other), { phone: "" })).toEqual({ phone: null });
    expect(await phoneOf(other.id)).toBeNull();
  });
});
