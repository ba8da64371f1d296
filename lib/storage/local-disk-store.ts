import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { BlobStore } from "./blob-store";

/** Files under a directory of the server (DATA_DIR/attachments by default). */
export function localDiskStore(root: string): BlobStore {
  const fileOf = (key: string) => {
    // Keys are made by the app (uuids), but never trust a path: stay inside the root.
    if (!/^[a-z0-9/-]+$/i.test(key) || key.includes("..")) throw new Error(`Invalid blob key ${key}`);
    return path.join(root, key);
  };
  return {
    name: "local",
    async put(key, body) {
      const file = fileOf(key);
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      // Written under a temporary name and renamed once complete: a half-written file never shows.
      const partial = `${file}.${randomUUID()}.part`;
      try {
        await pipeline(body, fs.createWriteStream(partial, { flags: "wx" }));
        await fs.promises.rename(partial, file);
      } catch (error) {
        await fs.promises.rm(partial, { force: true });
        throw error;
      }
    },
    async get(key, range) {
      const file = fileOf(key);
      try {
        await fs.promises.access(file);
      } catch {
        return null;
      }
      return fs.createReadStream(file, range ? { start: range.start, end: range.end } : {}) as Readable;
    },
    async delete(key) {
      await fs.promises.rm(fileOf(key), { force: true });
    },
  };
}
