import "server-only";
import path from "node:path";
import { env } from "../env";
import type { BlobStore } from "./blob-store";
import { localDiskStore } from "./local-disk-store";
import { s3Store } from "./s3-store";

let store: BlobStore | undefined;

/** The attachments' store this server is configured for (README: Storage). */
export function attachmentStore(): BlobStore {
  if (!store) {
    const e = env();
    store = e.S3_BUCKET
      ? s3Store({
          bucket: e.S3_BUCKET,
          client: {
            region: e.S3_REGION,
            ...(e.S3_ENDPOINT ? { endpoint: e.S3_ENDPOINT } : {}),
            forcePathStyle: e.S3_FORCE_PATH_STYLE === "1",
            ...(e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
              ? { credentials: { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY } }
              : {}),
          },
        })
      : localDiskStore(path.join(e.DATA_DIR, "attachments"));
  }
  return store;
}
