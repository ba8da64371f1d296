import type { Readable } from "node:stream";

export type ByteRange = { start: number; end: number };

/**
 * Where attachment bytes live: the local disk or an S3-compatible bucket. Bytes always flow as
 * streams, in and out, so no file is ever held whole in memory.
 */
export type BlobStore = {
  readonly name: "local" | "s3";
  /** Stores the stream under `key`; a failed or aborted stream leaves nothing behind. */
  put(key: string, body: Readable, options: { contentType: string }): Promise<void>;
  /** The bytes (all, or the inclusive range), or null when there is no such blob. */
  get(key: string, range?: ByteRange): Promise<Readable | null>;
  delete(key: string): Promise<void>;
};
