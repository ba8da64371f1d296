/**
 * Local stand-ins for the SMS gateway and the SMTP server. Both count every receipt per
 * idempotency key (the Idempotency-Key header; for e-mail the Message-ID, which the app derives
 * from its key) and, like a real provider, accept a repeated key without delivering it again.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type Receipts = Map<string, number>;
export type Sink = { url: string; receipts: Receipts; total(): number; close(): Promise<void> };

export type SinkOptions = {
  /** How long the sink takes to answer, so that a delivery can be caught in flight. */
  delayMs?: number;
  /** Called on each receipt, before the answer: the dispatcher-kill fault strikes here. */
  onReceive?: (key: string, received: number) => void;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const count = (receipts: Receipts, key: string) => receipts.set(key, (receipts.get(key) ?? 0) + 1);
const total = (receipts: Receipts) => () => [...receipts.values()].reduce((a, b) => a + b, 0);

/** POST {to, text} with an Idempotency-Key header; answers 200 after `delayMs`. */
export async function startSmsSink(port: number, options: SinkOptions = {}): Promise<Sink> {
  const receipts: Receipts = new Map();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const key = req.headers["idempotency-key"];
      if (req.method !== "POST" || typeof key !== "string") {
        res.writeHead(400).end("missing Idempotency-Key");
        return;
      }
      count(receipts, key);
      options.onReceive?.(key, total(receipts)());
      await sleep(options.delayMs ?? 0);
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: key }));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/sms`,
    receipts,
    total: total(receipts),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Plain SMTP without TLS or auth, counting receipts per Message-ID. */
export async function startSmtpSink(port: number, options: SinkOptions = {}): Promise<Sink> {
  const receipts: Receipts = new Map();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      let raw = "";
      stream.setEncoding("utf8");
      stream.on("data", (c: string) => {
        raw += c;
      });
      stream.on("end", async () => {
        const id = /^message-id:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? "(none)";
        count(receipts, id);
        options.onReceive?.(id, total(receipts)());
        await sleep(options.delayMs ?? 0);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    receipts,
    total: total(receipts),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
