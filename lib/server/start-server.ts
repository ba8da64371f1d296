import "server-only";
import { isBuildPhase } from "../env";
import { getDbHandle } from "./db";

export async function startServer(): Promise<void> {
  if (isBuildPhase()) return;
  try {
    await getDbHandle();
  } catch (error) {
    // A locked data directory or an unreachable server: say why and stop, rather than serve errors.
    console.error(`\nCannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
  const { startJobs } = await import("./jobs");
  startJobs();
}
