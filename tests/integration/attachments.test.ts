import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/client";
import { attachments } from "@/db/schema";
import { findAttachment } from "@/lib/attachments/find-attachment";
import { removeUnsentAttachments } from "@/lib/attachments/remove-unsent-attachments";
import { serveAttachment } from "@/lib/attachments/serve-attachment";
import { uploadAttachment } from "@/lib/attachments/upload-attachment";
import type { Actor } from "@/lib/context";
import { addTicketUpdate } from "@/lib/conversation/add-ticket-update";
import { postTicketMessage } from "@/lib/conversation/post-ticket-message";
import { listTicketMessages } from "@/lib/conversation/queries";
import type { BlobStore } from "@/lib/storage/blob-store";
import { localDiskStore } from "@/lib/storage/local-disk-store";
import { createTestDb } from "@/tests/support/test-db";
import { makeTicketWorld, type TicketWorld } from "@/tests/support/ticket-world";
import { refusal, ticketRow } from "@/tests/support/tickets";

// Small limits, so the tests need no large files: 0.5 MB a file, 1 MB a ticket.
process.env.ATTACHMENT_MAX_MB = "0.5";
process.env.TICKET_ATTACHMENTS_QUOTA_MB = "1";

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);
const KB = 1024;

let handle: DbHandle;
let w: TicketWorld;
let root: string;
let store: BlobStore;

beforeAll(async () => {
  handle = await createTestDb();
  w = await makeTicketWorld(handle.db);
  root = fs.mkdtempSync(path.join(os.tmpdir(), "attachments-"));
  store = localDiskStore(root);
});
afterAll(async () => {
  await handle.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const stored = (ticketId: string) => {
  const dir = path.join(root, "tickets", ticketId);
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};
const rowsOf = (ticketId: string) =>
  w.db.select().from(attachments).where(eq(attachments.ticketId, ticketId));
const upload = (
  actor: Actor,
  ticketId: string,
  fileName: string,
  bytes: Buffer,
  declared: number | null = null,
) =>
  uploadAttachment(
    w.as(actor),
    { ticket: { id: ticketId }, fileName, declaredSize: declared, body: Readable.from([bytes]) },
    store,
  );
const padded = (head: Buffer, total: number) => Buffer.concat([head, Buffer.alloc(total - head.length)]);
const text = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe("uploads: the type from the bytes, limits refused with nothing kept", () => {
  it("stores a picture under its sniffed type", async () => {
    const id = await w.assignedTicket();
    const file = await upload(w.cust, id, "../../etc/leak photo.PNG", PNG);
    expect(file).toMatchObject({
      fileName: "leak photo.PNG",
      kind: "image",
      contentType: "image/png",
      size: PNG.length,
    });
    expect(stored(id)).toEqual([file.id]);
    expect(fs.readFileSync(path.join(root, "tickets", id, file.id))).toEqual(PNG);
  });

  const refused: [string, string, Buffer, RegExp][] = [
    [
      "HTML disguised as a picture",
      "photo.png",
      Buffer.from("<html><script>alert(1)</script></html>"),
      /is not what its name says/,
    ],
    [
      "a program disguised as a PDF",
      "invoice.pdf",
      padded(Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00", "latin1"), 4 * KB),
      /is not what its name says/,
    ],
    [
      "a program by its own name",
      "tool.exe",
      padded(Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00", "latin1"), 4 * KB),
      /cannot be attached/,
    ],
    [
      "SVG, which can carry script",
      "logo.svg",
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
      /cannot be attached/,
    ],
    ["an HTML page", "page.html", Buffer.from("<!doctype html><p>hi</p>"), /cannot be attached/],
    ["a picture that claims to be text", "notes.txt", PNG, /is not what its name says/],
  ];
  it.each(refused)("refuses %s", async (_label, name, bytes, message) => {
    const id = await w.assignedTicket();
    const error = await refusal(upload(w.cust, id, name, bytes));
    expect(error.code).toBe("invalid");
    expect(error.message).toMatch(message);
    expect(await rowsOf(id)).toEqual([]);
    expect(stored(id)).toEqual([]);
  });

  it("takes the voice flag only for a recording: it never turns a document into something played inline", async () => {
    const id = await w.assignedTicket();
    const error = await refusal(
      uploadAttachment(
        w.as(w.cust),
        {
          ticket: { id },
          fileName: "notes.txt",
          declaredSize: null,
          body: Readable.from([Buffer.from("hi")]),
          voice: { durationMs: 900 },
        },
        store,
      ),
    );
    expect(error.message).toMatch(/is not a recording/);
    expect(await rowsOf(id)).toEqual([]);
  });

  it("takes plain text by its name, as a download", async () => {
    const id = await w.assignedTicket();
    const file = await upload(w.m1, id, "notes.txt", Buffer.from("serial 12345\n"));
    expect(file).toMatchObject({ kind: "file", contentType: "text/plain; charset=utf-8" });
  });

  it("refuses a file over the size limit, declared or streamed, and keeps no part of it", async () => {
    const id = await w.assignedTicket();
    const big = padded(PNG, 600 * KB);
    expect((await refusal(upload(w.cust, id, "big.png", big))).message).toMatch(/at most 0.5 MB/);
    // Declared too large: refused before a byte is read.
    const untouched = new Readable({
      read() {
        throw new Error("the body must not be read");
      },
    });
    const declared = uploadAttachment(
      w.as(w.cust),
      { ticket: { id }, fileName: "big.png", declaredSize: 600 * KB, body: untouched },
      store,
    );
    expect((await refusal(declared)).message).toMatch(/has 1 MB; a file can have at most 0.5 MB/);
    expect(await rowsOf(id)).toEqual([]);
    expect(fs.readdirSync(path.join(root, "tickets", id)).filter((f) => !f.endsWith(".part"))).toEqual([]);
    expect(fs.readdirSync(path.join(root, "tickets", id))).toEqual([]);
  });

  it("refuses what would pass the ticket's quota", async () => {
    const id = await w.assignedTicket();
    await upload(w.cust, id, "a.png", padded(PNG, 400 * KB));
    await upload(w.cust, id, "b.png", padded(PNG, 400 * KB));
    const error = await refusal(upload(w.cust, id, "c.png", padded(PNG, 400 * KB)));
    expect(error.message).toMatch(/may take 1 MB in all/);
    expect((await rowsOf(id)).map((r) => r.fileName).sort()).toEqual(["a.png", "b.png"]);
    expect(stored(id)).toHaveLength(2);
  });

  it("only those who may write upload: not a stranger, not a reader", async () => {
    const id = await w.assignedTicket();
    expect((await refusal(upload(w.m2, id, "x.png", PNG))).code).toBe("forbidden");
    expect((await refusal(upload(w.otherCust, id, "x.png", PNG))).code).toBe("forbidden");
    const { ticketId: internal } = await (await import("@/lib/tickets/create-ticket")).createTicket(
      w.as(w.admin),
      {
        title: "Internal",
        assetId: w.asset.id,
        visibility: "internal",
      },
    );
    expect((await refusal(upload(w.cust, internal, "x.png", PNG))).code).toBe("not_found");
  });
});

describe("files travel with a message or an update, and only to who may read them", () => {
  it("a message carries its files; nobody else's file, and none twice", async () => {
    const id = await w.assignedTicket();
    const photo = await upload(w.cust, id, "leak.png", PNG);
    await postTicketMessage(w.as(w.cust), { ticketId: id, body: "", attachmentIds: [photo.id] });
    const conversation = await listTicketMessages(w.as(w.m1), (await ticketRow(w.db, id)).number);
    expect(conversation?.messages.at(-1)?.attachments.map((a) => a.id)).toEqual([photo.id]);
    const again = await refusal(
      postTicketMessage(w.as(w.cust), { ticketId: id, body: "x", attachmentIds: [photo.id] }),
    );
    expect(again.message).toMatch(/not yours to send, or was sent already/);
    const mine = await upload(w.m1, id, "diagram.png", PNG);
    expect(
      (await refusal(postTicketMessage(w.as(w.cust), { ticketId: id, body: "x", attachmentIds: [mine.id] })))
        .code,
    ).toBe("invalid");
    expect(
      (await refusal(postTicketMessage(w.as(w.cust), { ticketId: id, body: "", attachmentIds: [] })))
        .fieldErrors?.body,
    ).toEqual(["Write a message first."]);
  });

  it("an unsent file is its uploader's; an internal update's files never reach a customer", async () => {
    const id = await w.assignedTicket();
    const draft = await upload(w.m1, id, "draft.png", PNG);
    expect(await findAttachment(w.as(w.m1), draft.id)).not.toBeNull();
    expect(await findAttachment(w.as(w.admin), draft.id)).toBeNull();
    expect(await findAttachment(w.as(w.cust), draft.id)).toBeNull();

    await addTicketUpdate(w.as(w.m1), {
      ticketId: id,
      body: "Cost estimate",
      visibility: "internal",
      attachmentIds: [draft.id],
    });
    expect(await findAttachment(w.as(w.admin), draft.id)).not.toBeNull();
    expect(await findAttachment(w.as(w.cust), draft.id)).toBeNull();
    expect(await findAttachment(w.as(w.otherCust), draft.id)).toBeNull();

    const shared = await upload(w.m1, id, "report.txt", Buffer.from("all done"));
    await addTicketUpdate(w.as(w.m1), {
      ticketId: id,
      body: "",
      visibility: "public",
      attachmentIds: [shared.id],
    });
    expect(await findAttachment(w.as(w.cust), shared.id)).not.toBeNull();
    expect(await findAttachment(w.as(w.otherCust), shared.id)).not.toBeNull();
    const stranger = await (await import("@/tests/support/fixtures")).makeUser(w.db, "code_user");
    expect(await findAttachment(w.as(stranger), shared.id)).toBeNull();
  });
});

describe("downloads", () => {
  it("answer with the sniffed type, nosniff, a sandbox, the right disposition, and ranges", async () => {
    const id = await w.assignedTicket();
    const photo = await upload(w.cust, id, 'Schäden "1".png', PNG);
    // Not sent yet: only its uploader may fetch it.
    const file = (await findAttachment(w.as(w.cust), photo.id))!;
    const whole = await serveAttachment(file, store, null);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("image/png");
    expect(whole.headers.get("x-content-type-options")).toBe("nosniff");
    expect(whole.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(whole.headers.get("content-disposition")).toMatch(
      /^inline; filename="Sch\?den \\"1\\".png"; filename\*=UTF-8''Sch%C3%A4den%20%221%22.png$/,
    );
    expect(await text(whole)).toEqual(PNG);

    const part = await serveAttachment(file, store, "bytes=1-3");
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 1-3/${PNG.length}`);
    expect(await text(part)).toEqual(PNG.subarray(1, 4));
    expect((await serveAttachment(file, store, `bytes=${PNG.length}-`)).status).toBe(416);

    expect(
      (await serveAttachment(file, store, null, { download: true })).headers.get("content-disposition"),
    ).toMatch(/^attachment;/);
    const notes = await upload(w.cust, id, "notes.txt", Buffer.from("<script>alert(1)</script>"));
    const served = await serveAttachment((await findAttachment(w.as(w.cust), notes.id))!, store, null);
    expect(served.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(served.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  });
});

describe("files never sent", () => {
  it("are removed after a day, bytes and row; sent ones stay", async () => {
    const id = await w.assignedTicket();
    const unsent = await upload(w.cust, id, "forgotten.png", PNG);
    const sent = await upload(w.cust, id, "sent.png", PNG);
    await postTicketMessage(w.as(w.cust), { ticketId: id, body: "see", attachmentIds: [sent.id] });
    await w.db
      .update(attachments)
      .set({ createdAt: sql`now() - interval '2 days'` })
      .where(eq(attachments.ticketId, id));
    await removeUnsentAttachments(w.db, store);
    expect((await rowsOf(id)).map((r) => r.id)).toEqual([sent.id]);
    expect(stored(id)).toEqual([sent.id]);
    expect(unsent.id).not.toBe(sent.id);
  });
});
