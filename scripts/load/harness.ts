/** The run every script shares: sinks, a fresh database, the server, the users, and the checks. */
import { createTicket } from "@/lib/tickets/create-ticket";
import { HttpClient, readActionIds } from "./http-client";
import {
  type App,
  BASE,
  createLoadUsers,
  freshDatabase,
  type LoadDb,
  type LoadUser,
  requireBuild,
  startApp,
} from "./setup";
import { type Sink, type SinkOptions, startSmsSink, startSmtpSink } from "./sinks";
import type { Stats } from "./stats";
import { type Command, runUser, type UserContext } from "./users";
import { checkEvents, checkOutbox, printChecks, waitForOutbox } from "./verify";

export const USERS = { moderators: 3, members: 22, customers: 25 };

export type Run = {
  appDir: string;
  load: LoadDb;
  users: LoadUser[];
  sms: Sink;
  smtp: Sink;
  app: App;
  actions: UserContext["actions"];
  sinceEventId: number;
  restartApp(): Promise<void>;
};

/** `--minutes N` from the command line, else `fallback`. */
export function minutesArg(fallback: number): number {
  const i = process.argv.indexOf("--minutes");
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!(value > 0)) throw new Error("--minutes needs a positive number");
  return value;
}

export async function prepare(
  database: string,
  options: {
    sms?: SinkOptions;
    smtp?: SinkOptions;
    beforeStart?: (load: LoadDb, users: LoadUser[]) => Promise<void>;
  } = {},
): Promise<Run> {
  const appDir = process.cwd();
  requireBuild(appDir);
  const ids = readActionIds(appDir);
  const id = (name: string) => {
    const found = ids.get(`app/actions/tickets.ts#${name}`);
    if (!found) throw new Error(`No server action ${name} in the build's manifest.`);
    return found;
  };
  const actions = {
    changeStatus: id("changeStatusAction"),
    acceptOffer: id("acceptOfferAction"),
    createTicket: id("createTicketAction"),
  };
  const sms = await startSmsSink(3401, options.sms);
  const smtp = await startSmtpSink(2526, options.smtp);
  console.log(
    `Preparing database ${database} (demo data, ${USERS.moderators + USERS.members} employees, ${USERS.customers} customers) …`,
  );
  const load = await freshDatabase(database);
  const { users } = await createLoadUsers(load.db, USERS);
  // Two tickets per customer to start from, through the same verb the action calls.
  for (const u of users.filter((x) => x.role === "code_user")) {
    const actor = { id: u.id, role: u.role, name: u.email, email: u.email };
    for (let i = 1; i <= 2; i++) {
      await createTicket(
        { actor, db: load.db },
        { title: `Starter ${i} of ${u.email}`, assetId: u.assetId ?? null },
      );
    }
  }
  await options.beforeStart?.(load, users);
  const [events] = await load.sql<
    { max: number }[]
  >`select coalesce(max(id), 0)::int as max from ticket_events`;
  const env = { databaseUrl: load.url, smsUrl: sms.url, smtpUrl: smtp.url };
  const run: Run = {
    appDir,
    load,
    users,
    sms,
    smtp,
    actions,
    sinceEventId: events!.max,
    app: await startApp(appDir, env),
    async restartApp() {
      run.app = await startApp(appDir, env);
    },
  };
  console.log(`Server on ${BASE} (log: ${run.app.log})`);
  // The server runs in a process group of its own: Ctrl-C must not leave it serving.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.log(`\n${signal}: stopping the server.`);
      void run.app.stop().finally(() => process.exit(130));
    });
  }
  return run;
}

/** The outbox's backlog while the users run: the most of their rows pending, the longest one waited. */
export const lag = { pending: 0, oldestS: 0, drainedS: 0 };

/** Rows made before the users started (the starter tickets') are left out: they wait on purpose. */
function sampleOutbox(run: Run): () => void {
  const since = new Date();
  const timer = setInterval(async () => {
    try {
      const [row] = await run.load.sql<{ pending: number; oldest: number | null }[]>`
        select count(*)::int as pending, extract(epoch from now() - min(created_at))::float as oldest
          from outbox where processed_at is null and created_at >= ${since}`;
      lag.pending = Math.max(lag.pending, row!.pending);
      lag.oldestS = Math.max(lag.oldestS, row!.oldest ?? 0);
    } catch {
      // PostgreSQL may be down (the restart fault): the next sample counts.
    }
  }, 5000);
  return () => clearInterval(timer);
}

/** All users, from sign-in to the deadline; returns the commands they sent. */
export async function drive(run: Run, minutes: number, stats: Stats): Promise<Command[]> {
  const commands: Command[] = [];
  const until = Date.now() + minutes * 60_000;
  const stopSampling = sampleOutbox(run);
  await Promise.all(
    run.users.map(async (user, i) => {
      // Sign-ins spread over the first seconds, as people arrive.
      await new Promise((r) => setTimeout(r, Math.random() * 5000));
      const client = new HttpClient(BASE, `10.77.0.${i + 1}`);
      await runUser({ client, user, stats, actions: run.actions, commands, until });
    }),
  ).finally(stopSampling);
  return commands;
}

/** Prints the table and the checks; stops the server and sinks; true when every check passed. */
export async function finish(run: Run, stats: Stats, commands: Command[], seconds: number): Promise<boolean> {
  console.log(`\nRequests (milliseconds, ${seconds.toFixed(0)} s):\n`);
  console.log(stats.table(seconds));
  if (stats.errors.length) {
    console.log("\nFirst errors:");
    for (const e of stats.errors.slice(0, 10))
      console.log(`  ${new Date(e.at).toISOString()} ${e.action}: ${e.detail}`);
  }
  const drainStart = Date.now();
  const pending = await waitForOutbox(run.load.sql, 600_000);
  lag.drainedS = (Date.now() - drainStart) / 1000;
  console.log(
    `\nOutbox backlog during the run: up to ${lag.pending} rows pending, the oldest waiting ${lag.oldestS.toFixed(0)} s; ` +
      (pending
        ? `${pending} still pending after ten minutes.`
        : `drained ${lag.drainedS.toFixed(0)} s after the users stopped.`),
  );
  const events = await checkEvents(
    run.load.sql,
    commands,
    run.users.map((u) => u.id),
    run.sinceEventId,
  );
  const outbox = await checkOutbox(run.load.sql, BASE, run.sms.receipts, run.smtp.receipts);
  const [counters] = await run.load.sql<{ n: number }[]>`
    select count(*)::int as n from rate_limits where key like 'signin_%'`;
  const signInFailures = counters!.n;
  console.log(`Sign-in limit counters: ${signInFailures} (correct passwords must leave none)`);
  const ok = printChecks(events, outbox) && signInFailures === 0 && stats.total("error") === 0;
  await run.app.stop();
  await Promise.all([run.sms.close(), run.smtp.close()]);
  await run.load.close();
  console.log(ok ? "\nAll checks passed." : "\nSome checks FAILED.");
  return ok;
}
