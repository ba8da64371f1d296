/**
 * The database's side of a run: every command the clients saw accepted has exactly one event, no
 * load user has an event it did not see accepted, every outbox row was delivered, and every e-mail
 * and SMS reached its sink once per idempotency key.
 */
import type postgres from "postgres";
import { messageIdFor } from "@/lib/messaging/mailer";
import type { Receipts } from "./sinks";
import type { Command } from "./users";

const EVENT_OF: Record<Command["kind"], string> = {
  change_status: "status_changed",
  accept_offer: "offer_accepted",
  create_ticket: "created",
};

export type EventCheck = {
  accepted: number;
  /** Commands that got no clean answer (a fault), and how many of them committed all the same. */
  unknown: number;
  unknownCommitted: number;
  lost: number;
  duplicated: number;
  unseen: number;
};

/** Compares the commands' events as multisets of (event, ticket, actor, target status). */
export async function checkEvents(
  sql: postgres.Sql,
  commands: readonly Command[],
  loadUserIds: readonly string[],
  sinceEventId: number,
): Promise<EventCheck> {
  const rows = await sql<
    { type: string; ticket_id: string; actor_id: string; to_status_id: string | null }[]
  >`
    select type, ticket_id, actor_id, to_status_id from ticket_events
     where id > ${sinceEventId} and actor_id = any(${sql.array(loadUserIds as string[])}::uuid[])
       and (type in ('offer_accepted', 'created')
            or (type = 'status_changed' and data->>'reason' in ('menu', 'reopened')))`;
  const key = (type: string, ticket: string | null, actor: string, status: string | null) =>
    `${type}|${ticket}|${actor}|${type === "status_changed" ? status : ""}`;
  const inDb = new Map<string, number>();
  for (const r of rows) {
    const k = key(r.type, r.ticket_id, r.actor_id, r.to_status_id);
    inDb.set(k, (inDb.get(k) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  for (const c of commands.filter((c) => c.outcome === "accepted")) {
    const k = key(EVENT_OF[c.kind], c.ticketId, c.actorId, c.statusId);
    seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  // Events beyond what the clients saw accepted are explained only by a command whose answer was
  // lost in a fault (same key; a lost creation has no ticket yet, so any creation by its actor).
  const unknown = commands.filter((c) => c.outcome === "unknown");
  const maybe = new Map<string, number>();
  for (const c of unknown) {
    const k = c.ticketId
      ? key(EVENT_OF[c.kind], c.ticketId, c.actorId, c.statusId)
      : `created-by|${c.actorId}`;
    maybe.set(k, (maybe.get(k) ?? 0) + 1);
  }
  let unknownCommitted = 0;
  const explain = (k: string, excess: number) => {
    const n = Math.min(excess, maybe.get(k) ?? 0);
    maybe.set(k, (maybe.get(k) ?? 0) - n);
    unknownCommitted += n;
    return excess - n;
  };
  let lost = 0;
  let duplicated = 0;
  let unseen = 0;
  for (const k of new Set([...seen.keys(), ...inDb.keys()])) {
    const n = seen.get(k) ?? 0;
    const found = inDb.get(k) ?? 0;
    if (found < n) lost += n - found;
    if (found <= n) continue;
    let excess = explain(k, found - n);
    if (k.startsWith("created|")) excess = explain(`created-by|${k.split("|")[2]}`, excess);
    if (n > 0) duplicated += excess;
    else unseen += excess;
  }
  return {
    accepted: commands.length - unknown.length,
    unknown: unknown.length,
    unknownCommitted,
    lost,
    duplicated,
    unseen,
  };
}

/** Waits until no outbox row is pending, up to `timeoutMs`; returns how many still are. */
export async function waitForOutbox(sql: postgres.Sql, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ n }] =
      (await sql`select count(*)::int as n from outbox where processed_at is null`) as unknown as [
        { n: number },
      ];
    if (n === 0 || Date.now() > deadline) return n;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

export type OutboxCheck = {
  rows: number;
  pending: number;
  parked: number;
  retried: number;
  messages: Record<string, number>;
  /** Outbox rows that owe a customer an e-mail or SMS and have no message recorded. */
  missingMessages: number;
  sink: { once: number; repeatedKeys: number; repeats: number; neverReceived: number; unexpected: number };
};

export async function checkOutbox(
  sql: postgres.Sql,
  appUrl: string,
  sms: Receipts,
  email: Receipts,
): Promise<OutboxCheck> {
  const [o] = await sql<{ rows: number; pending: number; parked: number; retried: number }[]>`
    select count(*)::int as rows,
           count(*) filter (where processed_at is null)::int as pending,
           count(*) filter (where processed_at is not null and last_error is not null)::int as parked,
           count(*) filter (where attempts > 1)::int as retried
      from outbox`;
  const [owed] = await sql<{ missing: number }[]>`
    select count(*)::int as missing from outbox o
      join tickets t on t.id = (o.payload->>'ticketId')::uuid
      join users u on u.id = t.creator_id
     where o.topic in ('ticket.created', 'status_action.sms_customer', 'status_action.email_customer')
       and u.role = 'code_user' and t.visibility = 'public'
       and not exists (select 1 from outbound_messages m where m.idempotency_key =
             o.idempotency_key || case when o.topic = 'status_action.sms_customer' then ':sms' else ':email' end)`;
  const messages = await sql<{ channel: string; state: string; idempotency_key: string }[]>`
    select channel, state, idempotency_key from outbound_messages`;
  const byState: Record<string, number> = {};
  const sink = { once: 0, repeatedKeys: 0, repeats: 0, neverReceived: 0, unexpected: 0 };
  const expected = new Set<string>();
  for (const m of messages) {
    byState[`${m.channel} ${m.state}`] = (byState[`${m.channel} ${m.state}`] ?? 0) + 1;
    if (m.state !== "sent") continue;
    const receiptKey = m.channel === "sms" ? m.idempotency_key : messageIdFor(m.idempotency_key, appUrl);
    expected.add(receiptKey);
    const n = (m.channel === "sms" ? sms : email).get(receiptKey) ?? 0;
    if (n === 0) sink.neverReceived++;
    else if (n === 1) sink.once++;
    else {
      sink.repeatedKeys++;
      sink.repeats += n - 1;
    }
  }
  for (const k of [...sms.keys(), ...email.keys()]) if (!expected.has(k)) sink.unexpected++;
  return { ...o!, messages: byState, missingMessages: owed!.missing, sink };
}

/** Prints the checks; true when all passed. No events to check when no client sent commands. */
export function printChecks(events: EventCheck | null, outbox: OutboxCheck): boolean {
  if (events) {
    console.log(
      `\nEvents: ${events.accepted} accepted commands, ${events.lost} lost, ${events.duplicated} duplicated, ` +
        `${events.unseen} events no client saw accepted` +
        (events.unknown
          ? `; ${events.unknown} commands got no clean answer, ${events.unknownCommitted} of them committed all the same`
          : ""),
    );
  }
  console.log(
    `Outbox: ${outbox.rows} rows, ${outbox.pending} pending, ${outbox.parked} parked, ${outbox.retried} retried; ` +
      `messages ${JSON.stringify(outbox.messages)}, ${outbox.missingMessages} owed but not recorded`,
  );
  const s = outbox.sink;
  console.log(
    `Sinks: ${s.once} delivered exactly once, ${s.repeatedKeys} keys received again (${s.repeats} repeats, ` +
      `dropped by their idempotency key), ${s.neverReceived} sent but never received, ${s.unexpected} unexpected`,
  );
  return (
    (!events || (events.lost === 0 && events.duplicated === 0 && events.unseen === 0)) &&
    outbox.pending === 0 &&
    outbox.parked === 0 &&
    outbox.missingMessages === 0 &&
    s.neverReceived === 0 &&
    s.unexpected === 0
  );
}
