import "server-only";
import { createDb, type Db, type DbHandle } from "@/db/client";
import { env, seedsDemoOnStart } from "../env";

const KEY = Symbol.for("helpdesk.db");
type Holder = { [KEY]?: Promise<DbHandle> };

/**
 * One database handle per process (kept on globalThis: Next loads this module in several bundles).
 * The first caller opens it and applies migrations, so nothing is served on an old schema.
 */
export function getDbHandle(): Promise<DbHandle> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    holder[KEY] = (async () => {
      const { DATABASE_URL, DATABASE_POOL_MAX, DATA_DIR } = env();
      const handle = await createDb(
        DATABASE_URL ? { url: DATABASE_URL, poolMax: DATABASE_POOL_MAX } : { dataDir: DATA_DIR },
      );
      await handle.migrate();
      const { seedDemoIfEmpty } = await import("@/db/seed");
      await seedDemoIfEmpty(handle.db, { enabled: seedsDemoOnStart() });
      return handle;
    })();
    holder[KEY].catch(() => {
      delete holder[KEY];
    });
  }
  return holder[KEY];
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
