/**
 * Gives the end-to-end server a fresh database with the demo data, before it starts.
 * - DATABASE_URL set (PostgreSQL): drops and recreates that database on its server, migrates, seeds.
 *   The app itself never seeds a PostgreSQL database, so this is the only way the demo users get there.
 * - otherwise (PGlite): deletes DATA_DIR; the server migrates and seeds it on first open.
 * Run with `node --conditions=react-server --import tsx` (lib/ imports "server-only").
 */
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { createDb } from "@/db/client";
import { seedDemo } from "@/db/seed";

async function preparePostgres(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]+$/i.test(name) || !/e2e/i.test(name)) {
    throw new Error(`Refusing to recreate database "${name}": its name must contain "e2e".`);
  }
  const server = new URL(url);
  server.pathname = "/postgres";
  // Connect to the maintenance database of the same server (any other than the target works).
  const admin = postgres(process.env.TEST_DATABASE_URL ?? server.toString(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const handle = await createDb({ url });
  try {
    await handle.migrate();
    await seedDemo(handle.db);
  } finally {
    await handle.close();
  }
  console.log(`e2e: fresh PostgreSQL database "${name}" on ${target.host}, migrated and seeded`);
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (url) {
    await preparePostgres(url);
    return;
  }
  const dataDir = path.resolve(process.env.DATA_DIR ?? "./data-e2e");
  if (dataDir === path.resolve("./data") || dataDir === process.cwd()) {
    throw new Error(`Refusing to delete ${dataDir}: use a dedicated DATA_DIR for end-to-end tests.`);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  console.log(`e2e: fresh PGlite data dir ${dataDir} (the server seeds it on first open)`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`e2e database preparation failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
