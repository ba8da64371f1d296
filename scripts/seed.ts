// Migrates and seeds the demo data into DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite), if empty.
import { createDb } from "../db/client";
import { seedDemoIfEmpty } from "../db/seed";

const url = process.env.DATABASE_URL;
const handle = await createDb(url ? { url } : { dataDir: process.env.DATA_DIR ?? "./data" });
try {
  await handle.migrate();
  const seeded = await seedDemoIfEmpty(handle.db, { enabled: true });
  console.log(seeded ? "Demo data seeded." : "The database is not empty: nothing seeded.");
} finally {
  await handle.close();
}
