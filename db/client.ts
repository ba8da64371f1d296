import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type DbHandle = {
  readonly db: Db;
  readonly driver: "pglite" | "postgres";
  /** Subscribes to a NOTIFY channel; resolves to an unsubscribe function. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Applies the committed SQL migrations (drizzle-kit generate → db/migrations). */
  migrate(): Promise<void>;
  close(): Promise<void>;
};

/**
 * Connections per app instance to a PostgreSQL server. Chosen with `npm run bench` (its
 * concurrency section): more connections than the server has cores only add lock waits.
 */
export const DEFAULT_POOL_MAX = 10;

export type DbOptions = { url: string; poolMax?: number } | { dataDir: string | null };

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** Opens PostgreSQL (postgres.js) when given a URL, otherwise PGlite on disk (or in memory for null). */
export async function createDb(options: DbOptions): Promise<DbHandle> {
  if ("url" in options) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(options.url, { max: options.poolMax ?? DEFAULT_POOL_MAX, onnotice: () => {} });
    const db = drizzle(preparedByDefault(client), { schema }) as unknown as Db;
    return {
      db,
      driver: "postgres",
      async listen(channel, onPayload) {
        const sub = await client.listen(channel, onPayload);
        return () => sub.unlisten();
      },
      async migrate() {
        // One dedicated connection: the advisory lock is per session, and keeps instances from racing.
        const single = postgres(options.url, { max: 1, onnotice: () => {} });
        try {
          const { migrate } = await import("drizzle-orm/postgres-js/migrator");
          await single`select pg_advisory_lock(727274)`;
          await migrate(drizzle(single), { migrationsFolder: MIGRATIONS_FOLDER });
        } finally {
          await single.end({ timeout: 5 });
        }
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  // Extensions the migrations create (PostgreSQL servers ship them; PGlite loads them here).
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const extensions = { pg_trgm };
  const { drizzle } = await import("drizzle-orm/pglite");
  let release = () => {};
  if (options.dataDir) {
    const { lockDataDir } = await import("./pglite-lock");
    release = lockDataDir(options.dataDir);
  }
  let client: PGlite;
  try {
    client = options.dataDir
      ? await PGlite.create(path.join(options.dataDir, "pg"), { extensions })
      : await PGlite.create({ extensions });
  } catch (error) {
    release();
    throw error;
  }
  const db = drizzle(client, { schema }) as unknown as Db;
  return {
    db,
    driver: "pglite",
    async listen(channel, onPayload) {
      const unsubscribe = await client.listen(channel, onPayload);
      return () => unsubscribe();
    },
    async migrate() {
      const { migrate } = await import("drizzle-orm/pglite/migrator");
      await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
    },
    async close() {
      await client.close();
      release();
    },
  };
}

/**
 * drizzle-orm's postgres.js driver sends every query through `unsafe()` unprepared
 * (drizzle-team/drizzle-orm#6096), so PostgreSQL parses and plans each one again: about half the
 * server's time on a status change. This makes `unsafe()` prepare, as postgres.js does for its own
 * queries; each connection keeps its statements until it is recycled (postgres.js' max_lifetime).
 */
export function preparedByDefault<T extends object>(sql: T): T {
  return new Proxy(sql, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== "function") return value;
      if (prop === "unsafe") {
        return (query: string, params?: unknown[], options?: object) =>
          value.call(target, query, params, { ...options, prepare: true });
      }
      if (prop === "begin" || prop === "savepoint") {
        return (...args: unknown[]) => {
          const fn = args.pop() as (tx: object) => unknown;
          return value.call(target, ...args, (tx: object) => fn(preparedByDefault(tx)));
        };
      }
      return value;
    },
  });
}
