// Applies the committed migrations to DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite).
import { createDb } from "../db/client";

const url = process.env.DATABASE_URL;
const handle = await createDb(url ? { url } : { dataDir: process.env.DATA_DIR ?? "./data" });
try {
  await handle.migrate();
  console.log("Migrations applied.");
} finally {
  await handle.close();
}
