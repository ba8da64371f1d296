// Creates an admin account in DATABASE_URL (PostgreSQL) or DATA_DIR (PGlite), migrating first:
//   npm run create-admin -- --email ada@example.com --name "Ada Lovelace"
// The password is asked twice without echo; without a terminal it is read from ADMIN_PASSWORD or
// the first line of standard input, so it never appears in the process list or shell history.
import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { createDb } from "../db/client";
import { DomainError } from "../lib/errors";
import { createAdmin } from "../lib/users/create-admin";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });

async function ask(question: string, hidden = false): Promise<string> {
  if (!hidden) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await rl.question(question);
    rl.close();
    return answer;
  }
  process.stdout.write(question);
  // What readline echoes of the typing goes nowhere.
  const rl = createInterface({
    input: process.stdin,
    output: new Writable({ write: (_c, _e, done) => done() }),
    terminal: true,
  });
  const answer = await rl.question("");
  rl.close();
  process.stdout.write("\n");
  return answer;
}

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (!process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) return line;
    return "";
  }
  const first = await ask("Password (10+ characters): ", true);
  const second = await ask("Repeat the password: ", true);
  if (first !== second) fail("The two passwords differ: nothing was created.");
  return first;
}

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}

const interactive = process.stdin.isTTY;
const email = values.email ?? (interactive ? await ask("E-mail: ") : "");
const name = values.name ?? (interactive ? await ask("Name: ") : "");
if (!email || !name) fail('Usage: npm run create-admin -- --email <address> --name "<name>"');
const password = await readPassword();

const url = process.env.DATABASE_URL;
const handle = await createDb(url ? { url } : { dataDir: process.env.DATA_DIR ?? "./data" });
try {
  await handle.migrate();
  const admin = await createAdmin({ db: handle.db }, { email, name, password });
  console.log(`Admin ${admin.email} created: sign in at /login.`);
} catch (error) {
  if (!(error instanceof DomainError)) throw error;
  const details = Object.entries(error.fieldErrors ?? {}).map(([field, m]) => `  ${field}: ${m.join(" ")}`);
  console.error(
    ["Nothing was created:", ...(details.length > 0 ? details : [`  ${error.message}`])].join("\n"),
  );
  process.exitCode = 1;
} finally {
  await handle.close();
}
