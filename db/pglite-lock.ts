import fs from "node:fs";
import path from "node:path";

type Holder = { pid: number; command: string; since: string };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(file: string): Holder | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as Holder;
  } catch {
    return null;
  }
}

/**
 * Takes an exclusive lock on a PGlite data directory. Two processes on one directory silently lose
 * rows, so a second one must fail at once and say who holds it. Released when the process exits.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "helpdesk.lock");
  const me: Holder = {
    pid: process.pid,
    command: process.argv.slice(1).join(" "),
    since: new Date().toISOString(),
  };
  const temp = `${file}.${process.pid}`;
  fs.writeFileSync(temp, JSON.stringify(me));
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        // link() is atomic and fails when the lock exists: no window between check and write.
        fs.linkSync(temp, file);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        const holder = readHolder(file);
        if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
          throw new Error(
            `The embedded database in ${path.resolve(dataDir)} is in use by process ${holder.pid} ` +
              `(${holder.command}, since ${holder.since}). Stop that process first, ` +
              "or set DATABASE_URL to use a PostgreSQL server.",
          );
        }
        if (holder?.pid === process.pid) break;
        fs.rmSync(file, { force: true }); // stale: its process is gone
      }
    }
  } finally {
    fs.rmSync(temp, { force: true });
  }
  const release = () => {
    if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true });
  };
  process.once("exit", release);
  return release;
}
