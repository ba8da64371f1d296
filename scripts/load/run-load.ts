/**
 * Load: 50 users (employees and customers) for --minutes (default 10) against `next start` on
 * PostgreSQL, then the database checks. Run from the app directory after `npm run build`:
 *   npm run load -- --minutes 10
 */
import os from "node:os";
import { drive, finish, minutesArg, prepare } from "./harness";
import { Stats } from "./stats";

const minutes = minutesArg(10);
const run = await prepare("helpdesk_load");
console.log(`${run.users.length} users for ${minutes} min on ${os.cpus().length} CPUs …`);
const stats = new Stats();
const started = Date.now();
let commands: Awaited<ReturnType<typeof drive>> = [];
try {
  commands = await drive(run, minutes, stats);
} finally {
  const ok = await finish(run, stats, commands, (Date.now() - started) / 1000);
  process.exitCode = ok ? 0 : 1;
}
