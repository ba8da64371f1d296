/**
 * Fault: the outbox dispatcher killed mid-batch. Builds a backlog through the app's verbs while no
 * server runs (--tickets, default 150: each one a customer's confirmation e-mail and a "Ready for
 * pickup" SMS, besides its notification rows), starts the server, SIGKILLs it while a sink holds a
 * delivery in flight (the SMS gateway, or the SMTP server with --kill-on email), starts it again and waits until the outbox is drained. Then every
 * message must have reached its sink once per idempotency key.
 */
import { performance } from "node:perf_hooks";
import type { Actor } from "@/lib/context";
import { loadTicketStatuses } from "@/lib/statuses/load-statuses";
import { acceptOffer } from "@/lib/tickets/accept-offer";
import { changeTicketStatus } from "@/lib/tickets/change-ticket-status";
import { createTicket } from "@/lib/tickets/create-ticket";
import { prepare } from "./harness";
import { BASE, type LoadDb, type LoadUser } from "./setup";
import { checkOutbox, printChecks, waitForOutbox } from "./verify";

const i = process.argv.indexOf("--tickets");
const TICKETS = i >= 0 ? Number(process.argv[i + 1]) : 150;
/** Which sink holds the delivery in flight when the server is killed: `--kill-on sms|email`. */
const k = process.argv.indexOf("--kill-on");
const KILL_ON = k >= 0 ? process.argv[k + 1] : "sms";
if (KILL_ON !== "sms" && KILL_ON !== "email") throw new Error("--kill-on is sms or email");
const HOLD_MS = 400;

const actorOf = (u: LoadUser): Actor => ({ id: u.id, role: u.role, name: u.email, email: u.email });

/** Each ticket: created by a customer, taken by the member it was offered to, moved to Ready for pickup. */
async function buildBacklog(load: LoadDb, users: LoadUser[]): Promise<void> {
  const customers = users.filter((u) => u.role === "code_user");
  const byId = new Map(users.map((u) => [u.id, u]));
  const statuses = await loadTicketStatuses(load.db);
  const inProgress = statuses.find((s) => s.systemKey === "in_progress")!.id;
  const ready = statuses.find((s) => s.name === "Ready for pickup")!.id;
  for (let n = 0; n < TICKETS; n++) {
    const customer = customers[n % customers.length]!;
    const created = await createTicket(
      { actor: actorOf(customer), db: load.db },
      { title: `Backlog ${n + 1}`, assetId: customer.assetId ?? null },
    );
    const [offer] = await load.sql<{ user_id: string }[]>`
      select user_id from ticket_offers where ticket_id = ${created.ticketId} order by user_id limit 1`;
    const member = { actor: actorOf(byId.get(offer!.user_id)!), db: load.db };
    let t = await acceptOffer(member, { ticketId: created.ticketId });
    t = await changeTicketStatus(member, { ticketId: t.ticketId, version: t.version, statusId: inProgress });
    await changeTicketStatus(member, { ticketId: t.ticketId, version: t.version, statusId: ready });
  }
}

let killed: { key: string; received: number; at: number } | null = null;
let kill = () => {};
const strike = {
  delayMs: HOLD_MS,
  onReceive(key: string, received: number) {
    if (killed || received < Math.floor(TICKETS / 3)) return;
    killed = { key, received, at: performance.now() };
    kill();
  },
};
const run = await prepare("helpdesk_load", {
  beforeStart: buildBacklog,
  sms: KILL_ON === "sms" ? strike : { delayMs: 20 },
  smtp: KILL_ON === "email" ? strike : { delayMs: 20 },
});
const held = KILL_ON === "sms" ? run.sms : run.smtp;
const counts = async () => {
  const [row] = await run.load.sql<{ rows: number; done: number; leased: number }[]>`
    select count(*)::int as rows, count(processed_at)::int as done,
           count(*) filter (where processed_at is null and attempts > 0)::int as leased from outbox`;
  return row!;
};
console.log(`Backlog: ${(await counts()).rows} outbox rows; the server started dispatching them.`);

await new Promise<void>((resolve) => {
  kill = () => void run.app.stop("SIGKILL").then(resolve);
  if (killed) kill();
});
const atKill = await counts();
console.log(
  `SIGKILL while the ${KILL_ON} sink held ${killed!.key} (receipt ${killed!.received}): ` +
    `${atKill.done} rows delivered, ${atKill.leased} leased by the dead process, ${run.sms.total()} SMS and ` +
    `${run.smtp.total()} e-mails received so far.`,
);
const restarted = performance.now();
await run.restartApp();
const pending = await waitForOutbox(run.load.sql, 10 * 60_000);
const drained = (performance.now() - restarted) / 1000;
console.log(
  `Restarted; outbox ${pending ? `still had ${pending} pending` : "drained"} after ${drained.toFixed(0)} s.`,
);
console.log(
  `The in-flight ${KILL_ON} ${killed!.key} reached the sink ${held.receipts.get(killed!.key)} times.`,
);

const outbox = await checkOutbox(run.load.sql, BASE, run.sms.receipts, run.smtp.receipts);
const ok = printChecks(null, outbox);
await run.app.stop();
await Promise.all([run.sms.close(), run.smtp.close()]);
await run.load.close();
console.log(ok ? "\nAll checks passed." : "\nSome checks FAILED.");
process.exitCode = ok ? 0 : 1;
