/**
 * What every run sets up by itself: a fresh PostgreSQL database with the demo data and the load
 * users (made through the app's own verbs), and the production server started from the last build.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { createDb, type Db, type DbHandle } from "@/db/client";
import { users } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { createAsset } from "@/lib/assets/create-asset";
import type { Actor } from "@/lib/context";
import { createEmployee } from "@/lib/users/create-employee";
import { registerCustomer } from "@/lib/users/register-customer";

export const SERVER_URL = "postgres://postgres@127.0.0.1:5432/postgres";
export const PORT = 3400;
export const BASE = `http://127.0.0.1:${PORT}`;

export type LoadUser = {
  id: string;
  email: string;
  password: string;
  role: "member" | "moderator" | "code_user";
  /** A customer's asset. */
  assetId?: string;
};
export type LoadDb = { handle: DbHandle; db: Db; sql: postgres.Sql; url: string; close(): Promise<void> };

/** Stops with one line when there is no build to serve. */
export function requireBuild(appDir: string): void {
  if (!fs.existsSync(path.join(appDir, ".next", "BUILD_ID"))) {
    console.error(`No production build in ${appDir}/.next: run \`npm run build\` there first.`);
    process.exit(1);
  }
}

/** Drops and creates `name`, migrates it and seeds the demo data. */
export async function freshDatabase(name: string): Promise<LoadDb> {
  const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  await admin.end({ timeout: 5 });
  const url = SERVER_URL.replace(/\/postgres$/, `/${name}`);
  const handle = await createDb({ url, poolMax: 4 });
  await handle.migrate();
  await seedDemo(handle.db);
  const sql = postgres(url, { max: 2, onnotice: () => {} });
  return {
    handle,
    db: handle.db,
    sql,
    url,
    async close() {
      await sql.end({ timeout: 5 });
      await handle.close();
    },
  };
}

async function actorByEmail(db: Db, email: string): Promise<Actor> {
  const all = await db.select().from(users);
  const u = all.find((x) => x.email === email);
  if (!u) throw new Error(`No user ${email}`);
  return { id: u.id, role: u.role, name: u.name, email: u.email };
}

/**
 * Employees (a few moderators, the rest members) and customers, and one asset per five customers
 * whose responsible members receive the offers of its tickets. Passwords are long and unique.
 */
export async function createLoadUsers(
  db: Db,
  counts: { moderators: number; members: number; customers: number },
): Promise<{ users: LoadUser[]; assets: { id: string; accessCode: string }[] }> {
  const admin = { db, actor: await actorByEmail(db, "admin@example.com") };
  const out: LoadUser[] = [];
  const employee = async (role: "member" | "moderator", i: number) => {
    const email = `load-${role}-${i}@load.test`;
    const password = `Lq7-${role}-${i}-kestrel-harbor`;
    const row = await createEmployee(admin, { name: `Load ${role} ${i}`, email, password, role });
    out.push({ id: row.id, email, password, role });
  };
  for (let i = 1; i <= counts.moderators; i++) await employee("moderator", i);
  for (let i = 1; i <= counts.members; i++) await employee("member", i);
  const members = out.filter((u) => u.role === "member");
  const assets: { id: string; accessCode: string }[] = [];
  for (let a = 0; a < Math.ceil(counts.customers / 5); a++) {
    const responsibleIds = [members[(2 * a) % members.length]!.id, members[(2 * a + 1) % members.length]!.id];
    assets.push(await createAsset(admin, { name: `Load asset ${a + 1}`, responsibleIds }));
  }
  for (let i = 1; i <= counts.customers; i++) {
    const email = `load-customer-${i}@load.test`;
    const password = `Cx4-customer-${i}-lantern-meadow`;
    const asset = assets[(i - 1) % assets.length]!;
    const phone = `+49 151 7000 ${String(i).padStart(4, "0")}`;
    const { userId } = await registerCustomer(
      { db },
      { name: `Load customer ${i}`, email, password, accessCode: asset.accessCode, phone },
      { address: null },
    );
    out.push({ id: userId, email, password, role: "code_user", assetId: asset.id });
  }
  return { users: out, assets };
}

export type App = { child: ChildProcess; log: string; stop(signal?: NodeJS.Signals): Promise<void> };

/** `next start` on PORT with the run's database and sinks; resolves once /api/health answers. */
export async function startApp(
  appDir: string,
  env: { databaseUrl: string; smsUrl: string; smtpUrl: string },
): Promise<App> {
  const log = path.join(os.tmpdir(), `helpdesk-load-server-${process.pid}.log`);
  const out = fs.openSync(log, "a");
  const child = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"],
    {
      cwd: appDir,
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: env.databaseUrl,
        AUTH_SECRET: "load-suite-secret-8c1f0b5e2a9d4c7f",
        AUTH_URL: BASE,
        APP_URL: BASE,
        PORT: String(PORT),
        SEED_DEMO: "0",
        SMS_HTTP_URL: env.smsUrl,
        SMS_HTTP_TOKEN: "load-token",
        SMTP_URL: env.smtpUrl,
      },
      stdio: ["ignore", out, out],
      detached: true,
    },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}); see ${log}`);
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  if (Date.now() >= deadline) throw new Error(`The server did not answer within two minutes; see ${log}`);
  return {
    child,
    log,
    async stop(signal = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // The whole group: `next start` may run the server in a child process of its own.
      process.kill(-child.pid!, signal);
      await exited;
    },
  };
}
