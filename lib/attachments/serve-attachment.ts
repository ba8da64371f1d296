import { Readable } from "node:stream";
import { create as contentDisposition } from "content-disposition";
import type { BlobStore, ByteRange } from "../storage/blob-store";
import { servedInline } from "./file-policy";
import type { ReadableAttachment } from "./find-attachment";

/** "bytes=0-499" and the like, for players that seek; null for a whole-file answer or nonsense. */
export function parseRange(header: string | null, size: number): ByteRange | "unsatisfiable" | null {
  const match = header?.match(/^bytes=(\d*)-(\d*)$/);
  if (!match) return null;
  const [, from, to] = match;
  if (from === "" && to === "") return null;
  const start = from === "" ? Math.max(0, size - Number(to)) : Number(from);
  const end = from === "" || to === "" ? size - 1 : Math.min(Number(to), size - 1);
  if (start > end || start >= size) return "unsatisfiable";
  return { start, end };
}

/**
 * The file's bytes with the headers that keep it a file: its sniffed type, `nosniff`, a sandboxing
 * CSP, and `Content-Disposition` (inline only for pictures, videos and sounds, downloads otherwise).
 */
export async function serveAttachment(
  file: ReadableAttachment,
  store: BlobStore,
  rangeHeader: string | null,
  options: { download?: boolean } = {},
): Promise<Response> {
  const range = parseRange(rangeHeader, file.size);
  const common = {
    "Content-Type": file.contentType,
    "Content-Disposition": contentDisposition(file.fileName, {
      type: servedInline(file.kind) && !options.download ? "inline" : "attachment",
    }),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    // Revalidated each time: a reader who lost access to the ticket loses the file at once.
    "Cache-Control": "private, no-cache",
    "Accept-Ranges": "bytes",
  };
  if (range === "unsatisfiable") {
    return new Response(null, {
      status: 416,
      headers: { ...common, "Content-Range": `bytes */${file.size}` },
    });
  }
  const stream = await store.get(file.storageKey, range ?? undefined);
  if (!stream) return new Response(null, { status: 404 });
  const body = Readable.toWeb(stream) as ReadableStream<Uint8Array>;
  if (range) {
    return new Response(body, {
      status: 206,
      headers: {
        ...common,
        "Content-Range": `bytes ${range.start}-${range.end}/${file.size}`,
        "Content-Length": String(range.end - range.start + 1),
      },
    });
  }
  return new Response(body, { status: 200, headers: { ...common, "Content-Length": String(file.size) } });
}
