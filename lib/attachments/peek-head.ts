import { Readable } from "node:stream";

/**
 * Reads the first `bytes` of a stream (fewer if it ends sooner) and gives back a stream of the
 * whole, head included: the type can be sniffed before the bytes are stored, without buffering more.
 */
export async function peekHead(source: Readable, bytes: number): Promise<{ head: Buffer; whole: Readable }> {
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = Buffer.from(next.value);
    chunks.push(chunk);
    length += chunk.length;
  }
  const head = Buffer.concat(chunks);
  async function* all() {
    yield head;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield Buffer.from(next.value);
    }
  }
  const whole = Readable.from(all(), { objectMode: false });
  whole.on("close", () => {
    if (!whole.readableEnded) source.destroy();
  });
  return { head: head.subarray(0, Math.min(head.length, bytes)), whole };
}
