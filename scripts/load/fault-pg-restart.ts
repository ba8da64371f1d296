/**
 * Fault: PostgreSQL restarted mid-load. Runs the load for --minutes (default 3) and restarts the
 * cluster a third of the way in; the app must come back by itself. Failures of requests started
 * between the restart and the first success after it count as "during outage"; every other one is
 * an error. Then the usual checks: no accepted change lost, nothing delivered twice.
 */
import { spawn, spawnSync } from "node:child_process";
import { drive, finish, minutesArg, prepare } from "./harness";
import { Stats } from "./stats";

const CLUSTER = ["15", "main"];

function restartPostgres(): Promise<number | null> {
  return new Promise((resolve) => {
    // Detached: a Ctrl-C of this script must not interrupt the restart half-way.
    const child = spawn("pg_ctlcluster", [...CLUSTER, "restart"], { stdio: "inherit", detached: true });
    child.on("exit", (code) => resolve(code));
  });
}

/** Whatever happened, the cluster must be running afterwards: other tests use it. */
function ensurePostgresRunning(): void {
  const status = spawnSync("pg_ctlcluster", [...CLUSTER, "status"]);
  if (status.status !== 0) spawnSync("pg_ctlcluster", [...CLUSTER, "start"], { stdio: "inherit" });
}

const minutes = minutesArg(3);
const run = await prepare("helpdesk_load");
const stats = new Stats();
const started = Date.now();
const fault = { issued: 0, back: 0, recovered: 0, code: null as number | null };

const injected = (async () => {
  await new Promise((r) => setTimeout(r, (minutes * 60_000) / 3));
  fault.issued = Date.now();
  console.log(`${new Date().toISOString()} pg_ctlcluster ${CLUSTER.join(" ")} restart …`);
  fault.code = await restartPostgres();
  fault.back = Date.now();
  // Recovered: the first request started after PostgreSQL is back that succeeded.
  while (!fault.recovered && Date.now() < fault.back + 120_000) {
    const first = stats.timeline.find((e) => e.ok && e.at >= fault.back);
    if (first) fault.recovered = first.at;
    else await new Promise((r) => setTimeout(r, 100));
  }
})();

let commands: Awaited<ReturnType<typeof drive>> = [];
let ok = false;
try {
  commands = await drive(run, minutes, stats);
  await injected;
  if (!fault.recovered) console.log("\nThe app did not recover within two minutes of the restart.");
  stats.setOutage(fault.issued, fault.recovered || fault.back);
  const since = (t: number) => `${((t - fault.issued) / 1000).toFixed(1)} s`;
  const failures = stats.outageErrors.map((e) => e.at).sort((a, b) => a - b);
  console.log(
    `\nRestart (exit ${fault.code}): PostgreSQL back after ${since(fault.back)}, first success after ` +
      `${since(fault.recovered)}; ${failures.length} failed requests during the outage` +
      (failures.length ? `, from ${since(failures[0]!)} to ${since(failures.at(-1)!)}` : ""),
  );
  const kinds = new Map<string, number>();
  for (const e of stats.outageErrors) kinds.set(e.detail, (kinds.get(e.detail) ?? 0) + 1);
  for (const [detail, n] of kinds) console.log(`  ${n} × ${detail}`);
} finally {
  ensurePostgresRunning();
  ok = await finish(run, stats, commands, (Date.now() - started) / 1000);
}
process.exitCode = ok ? 0 : 1;
