/**
 * What the benchmark scripts share: opening PGlite or PostgreSQL like db/client.ts does (plus a
 * query logger, so the app's own SQL can be EXPLAINed), the bulk load, and timing.
 */
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { type Db, DEFAULT_POOL_MAX, MIGRATIONS_FOLDER, preparedByDefault } from "@/db/client";
import * as schema from "@/db/schema";

const CHUNK = 10_000; // rows per INSERT: keeps each statement's memory and trigger work bounded
const BENCH_DB = "helpdesk_bench";
const PGLITE_DIR = "./bench-data";

// ---------------------------------------------------------------------------------------------
// Database: opened like db/client.ts createDb (same drivers and options), plus a query logger so
// the SQL of the real list query can be EXPLAINed, and raw access for the bulk load.

export type Captured = { sql: string; params: unknown[] };
export type BenchDb = {
  driver: "pglite" | "postgres";
  label: string;
  db: Db;
  exec(text: string): Promise<void>;
  rows<T>(text: string, params?: unknown[]): Promise<T[]>;
  capture<T>(fn: () => Promise<T>): Promise<Captured[]>;
  /** A transaction of raw SQL on the app's pool, for the baselines the app's verbs are held to. */
  rawTx<T>(fn: (query: RawQuery) => Promise<T>): Promise<T>;
  /** PostgreSQL: the database's URL, for a server to open. */
  url?: string;
  /** Connections in the pool (PGlite: one). */
  poolMax: number;
  close(): Promise<void>;
};

export type RawQuery = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

/** The single row of a query that always returns one. */
export async function one<T>(b: BenchDb, text: string, params: unknown[] = []): Promise<T> {
  const [row] = await b.rows<T>(text, params);
  if (!row) throw new Error(`No row from: ${text}`);
  return row;
}

function makeLogger() {
  let sink: Captured[] | null = null;
  return {
    logger: {
      logQuery(query: string, params: unknown[]) {
        sink?.push({ sql: query, params });
      },
    },
    async capture<T>(fn: () => Promise<T>): Promise<Captured[]> {
      sink = [];
      try {
        await fn();
        return sink;
      } finally {
        sink = null;
      }
    },
  };
}

/** A fresh PGlite in `dir`, removed again on close unless `keep` (a server is to open it next). */
export async function openPglite(dir = PGLITE_DIR, { keep = false } = {}): Promise<BenchDb> {
  fs.rmSync(dir, { recursive: true, force: true });
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const client = await PGlite.create(dir, { extensions: { pg_trgm } });
  const { logger, capture } = makeLogger();
  const db = drizzlePglite(client, { schema, logger }) as unknown as Db;
  await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER });
  return {
    driver: "pglite",
    label: `PGlite (${dir})`,
    db,
    async exec(text) {
      await client.exec(text);
    },
    async rows<T>(text: string, params: unknown[] = []) {
      return (await client.query<T>(text, params)).rows;
    },
    capture,
    rawTx: (fn) =>
      client.transaction((tx) =>
        fn(async <T>(text: string, params: unknown[] = []) => (await tx.query<T>(text, params)).rows),
      ),
    poolMax: 1,
    async close() {
      await client.close();
      if (!keep) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh database `name` on the server of `serverUrl`, dropped again on close. */
export async function openPostgres(serverUrl: string, name = BENCH_DB): Promise<BenchDb> {
  const adminUrl = new URL(serverUrl);
  if (adminUrl.pathname === `/${name}`) adminUrl.pathname = "/postgres";
  const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const poolMax = Number(process.env.DATABASE_POOL_MAX ?? DEFAULT_POOL_MAX);
  const client = postgres(url.toString(), { max: poolMax, onnotice: () => {} });
  const { logger, capture } = makeLogger();
  const db = drizzlePostgres(preparedByDefault(client), { schema, logger }) as unknown as Db;
  const single = postgres(url.toString(), { max: 1, onnotice: () => {} });
  await migratePostgres(drizzlePostgres(single), { migrationsFolder: MIGRATIONS_FOLDER });
  await single.end({ timeout: 5 });
  const [row] = await client<{ version: string }[]>`select current_setting('server_version') as version`;
  return {
    driver: "postgres",
    label: `PostgreSQL ${row?.version} (${url.host}/${name})`,
    url: url.toString(),
    db,
    async exec(text) {
      await client.unsafe(text);
    },
    async rows<T>(text: string, params: unknown[] = []) {
      return (await client.unsafe(text, params as never[])) as unknown as T[];
    },
    capture,
    rawTx: (fn) =>
      client.begin((sql) =>
        fn(
          <T>(text: string, params: unknown[] = []) =>
            sql.unsafe(text, params as never[], { prepare: true }) as unknown as Promise<T[]>,
        ),
      ) as Promise<never>,
    poolMax,
    async close() {
      await client.end({ timeout: 5 });
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Bulk data

/** People and assets: 1 admin, 1 moderator, 20 members, 500 customers, 100 assets. */
export async function loadPeople(b: BenchDb): Promise<void> {
  await b.exec(`
    insert into users (email, name, role, password_hash) values
      ('admin@bench.test', 'Bench Admin', 'admin', 'x'),
      ('moderator@bench.test', 'Bench Moderator', 'moderator', 'x');
    insert into users (email, name, role, password_hash)
      select 'member' || g || '@bench.test', 'Member ' || g, 'member', 'x' from generate_series(1, 20) g;
    insert into users (email, name, role, password_hash)
      select 'customer' || g || '@bench.test', 'Customer ' || g, 'code_user', 'x' from generate_series(1, 500) g;
    insert into assets (name, access_code)
      select 'Asset ' || lpad(g::text, 3, '0'), 'BENCH-' || g from generate_series(1, 100) g;
    insert into asset_members (user_id, asset_id)
      select u.id, a.id from users u
      join assets a on a.access_code = 'BENCH-' || (1 + (substring(u.email from '[0-9]+')::int % 100))
      where u.role = 'code_user';
    insert into asset_responsibles (asset_id, user_id)
      select a.id, u.id from assets a
      join users u on u.role = 'member'
        and substring(u.email from '[0-9]+')::int in (1 + (substring(a.access_code from '[0-9]+')::int % 20),
                                                      1 + ((substring(a.access_code from '[0-9]+')::int + 10) % 20));
  `);
}

// Status spread, by a hash of the ticket's index: most tickets are finished, about a quarter active.
const STATUS_BUCKETS = `case
  when b < 1 then 'draft'
  when b < 6 then 'open'
  when b < 12 then 'assigned'
  when b < 13 then 'reopened'
  when b < 21 then 'in_progress'
  when b < 24 then 'waiting_customer'
  when b < 27 then 'on_hold'
  when b < 32 then 'done'
  when b < 82 then 'closed'
  when b < 90 then 'closed_unsuccessful'
  else 'cancelled' end`;

/** Tickets with index from..to (inclusive), then their assignees and history events. */
async function loadTickets(b: BenchDb, from: number, to: number): Promise<void> {
  const { max } = await one<{ max: number }>(b, `select coalesce(max(number), 0)::int as max from tickets`);
  await b.rows(
    `with p as (
       select (select array_agg(id order by email) from users where role = 'code_user') as customers,
              (select array_agg(id order by email) from users where role <> 'code_user') as staff,
              (select array_agg(id order by access_code) from assets) as assets
     )
     insert into tickets (title, description, visibility, creator_id, asset_id, status_id, version,
                          created_at, updated_at, status_changed_at)
     select
       'Bench ' || g || ': ' || (array['Printer jams', 'Door sensor does not react', 'Heating makes noise',
         'Conveyor belt frays', 'Coffee machine shows E42', 'Lift inspection due', 'Lights flicker',
         'Compressor needs a valve'])[1 + g % 8],
       'Generated by scripts/bench.ts.',
       case when g % 10 = 0 then 'internal' else 'public' end,
       case when g % 10 = 0 then p.staff[1 + g % array_length(p.staff, 1)]
            else p.customers[1 + g % array_length(p.customers, 1)] end,
       case when g % 20 = 0 then null else p.assets[1 + (g / 7) % array_length(p.assets, 1)] end,
       s.id,
       case when s.category in ('draft', 'open') then 1 when s.category = 'cancelled' then 2
            when s.category = 'assigned' and s.system_key = 'assigned' then 2 else 3 end,
       ts, ts + interval '2 days', ts + interval '1 day'
     from generate_series($1::int, $2::int) g
     cross join p
     cross join lateral (select (g::bigint * 7919) % 100 as b,
                                timestamptz '2024-01-01' + g * interval '5 minutes' as ts) x
     join statuses s on s.kind = 'ticket' and s.system_key = ${STATUS_BUCKETS}`,
    [from, to],
  );
  // Everything past "open" (but cancelled ones, which never got that far) has one or two members.
  await b.rows(
    `with m as (select array_agg(id order by email) as ids from users where role = 'member')
     insert into ticket_assignees (ticket_id, user_id, created_at)
     select t.id, m.ids[1 + t.number % array_length(m.ids, 1)], t.created_at + interval '1 hour'
       from tickets t join statuses s on s.id = t.status_id cross join m
      where t.number > $1 and s.category not in ('draft', 'open', 'cancelled')
     union all
     select t.id, m.ids[1 + (t.number + 7) % array_length(m.ids, 1)], t.created_at + interval '2 hours'
       from tickets t join statuses s on s.id = t.status_id cross join m
      where t.number > $1 and s.category not in ('draft', 'open', 'cancelled') and t.number % 10 = 0`,
    [max],
  );
  // History as the verbs write it: created; offer accepted + assignee added + status to Assigned;
  // then one status change to where the ticket is now.
  await b.rows(
    `with st as (select id, system_key, category, name from statuses where kind = 'ticket'),
          open_s as (select * from st where system_key = 'open'),
          assigned_s as (select * from st where system_key = 'assigned'),
          first_assignee as (
            select distinct on (a.ticket_id) a.ticket_id, a.user_id from ticket_assignees a
              join tickets t on t.id = a.ticket_id where t.number > $1 order by a.ticket_id, a.created_at)
     insert into ticket_events (ticket_id, actor_id, type, from_status_id, to_status_id, from_category,
                                to_category, data, created_at)
     select e.ticket_id, e.actor_id, e.type, e.from_status_id, e.to_status_id, e.from_category, e.to_category,
            e.data, e.created_at
       from (
       select t.id, t.creator_id, 'created', null::uuid,
              case when s.category = 'draft' then s.id else o.id end, null,
              case when s.category = 'draft' then 'draft' else 'open' end, '{}'::jsonb, t.created_at, 1 as k
         from tickets t join st s on s.id = t.status_id cross join open_s o where t.number > $1
       union all
       select t.id, fa.user_id, 'offer_accepted', null, null, null, null,
              jsonb_build_object('userId', fa.user_id), t.created_at + interval '1 hour', 2
         from tickets t join first_assignee fa on fa.ticket_id = t.id
       union all
       select t.id, fa.user_id, 'assignee_added', null, null, null, null,
              jsonb_build_object('userId', fa.user_id), t.created_at + interval '1 hour', 3
         from tickets t join first_assignee fa on fa.ticket_id = t.id
       union all
       select t.id, fa.user_id, 'status_changed', o.id, a.id, 'open', 'assigned',
              jsonb_build_object('reason', 'offer_accepted', 'fromName', o.name, 'toName', a.name),
              t.created_at + interval '1 hour', 4
         from tickets t join first_assignee fa on fa.ticket_id = t.id cross join open_s o cross join assigned_s a
       union all
       select t.id, fa.user_id, 'status_changed', a.id, s.id, 'assigned', s.category,
              jsonb_build_object('reason', 'menu', 'fromName', a.name, 'toName', s.name), t.status_changed_at, 5
         from tickets t join first_assignee fa on fa.ticket_id = t.id join st s on s.id = t.status_id
         cross join assigned_s a where s.system_key <> 'assigned'
       union all
       select t.id, t.creator_id, 'status_changed', o.id, s.id, 'open', 'cancelled',
              jsonb_build_object('reason', 'cancelled', 'fromName', o.name, 'toName', s.name), t.status_changed_at, 6
         from tickets t join st s on s.id = t.status_id cross join open_s o
        where t.number > $1 and s.category = 'cancelled'
     ) e(ticket_id, actor_id, type, from_status_id, to_status_id, from_category, to_category, data, created_at, k)
     order by e.created_at, e.k`,
    [max],
  );
}

export async function growTo(b: BenchDb, target: number): Promise<number> {
  const started = performance.now();
  const { n } = await one<{ n: number }>(b, `select count(*)::int as n from tickets`);
  for (let from = n + 1; from <= target; from += CHUNK) {
    await loadTickets(b, from, Math.min(target, from + CHUNK - 1));
  }
  // A settled table, as autovacuum would leave it (PGlite has no autovacuum).
  await b.exec(
    "vacuum analyze tickets, ticket_events, ticket_assignees, ticket_status_counts, users, assets, asset_members",
  );
  return performance.now() - started;
}

// Measurement lives in bench-measure.ts; re-exported so the scripts keep one import.
export * from "./bench-measure";
