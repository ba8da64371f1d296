import { readFile } from "node:fs/promises";
import path from "node:path";

/** Scalar's browser bundle from our own node_modules, so the reference works offline and loads nothing foreign. */
const BUNDLE = path.join(process.cwd(), "node_modules/@scalar/api-reference/dist/browser/standalone.js");

export async function GET() {
  return new Response(await readFile(BUNDLE), {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=86400" },
  });
}
