import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BlobStore } from "@/lib/storage/blob-store";
import { s3Store } from "@/lib/storage/s3-store";

let server: S3rver;
let dir: string;
let store: BlobStore;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "s3rver-"));
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: [{ name: "helpdesk-test", configs: [] }],
  });
  const address: AddressInfo = await server.run();
  store = s3Store({
    bucket: "helpdesk-test",
    client: {
      region: "us-east-1",
      endpoint: `http://127.0.0.1:${address.port}`,
      forcePathStyle: true,
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    },
  });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the S3 adapter, against a local S3 server", () => {
  it("streams in, streams out, whole or a range, and deletes", async () => {
    const chunks = ["part one, ", "part two, ", "the end"];
    await store.put("tickets/t1/a", Readable.from(chunks.map((c) => Buffer.from(c))), {
      contentType: "text/plain",
    });
    expect(await text((await store.get("tickets/t1/a"))!)).toBe(chunks.join(""));
    expect(await text((await store.get("tickets/t1/a", { start: 5, end: 7 }))!)).toBe("one");
    await store.delete("tickets/t1/a");
    expect(await store.get("tickets/t1/a")).toBeNull();
  });

  it("uploads a file larger than one part as it arrives (multipart)", async () => {
    const part = Buffer.alloc(1024 * 1024, 7);
    async function* eleven() {
      for (let i = 0; i < 11; i++) yield part;
    }
    await store.put("tickets/t1/big", Readable.from(eleven()), { contentType: "application/octet-stream" });
    let size = 0;
    for await (const chunk of (await store.get("tickets/t1/big"))!) size += (chunk as Buffer).length;
    expect(size).toBe(11 * 1024 * 1024);
  });

  it("answers null for a key that does not exist", async () => {
    expect(await store.get("tickets/none/none")).toBeNull();
  });
});
