/** Runs once when a server process starts, before it serves: open the database (migrate, seed) and start jobs. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./lib/server/start-server");
  await startServer();
}
