import { DomainError, type ErrorCode } from "../errors";
import type { Msg } from "../i18n/msg";

/** One ticket's outcome in a bulk action: its new version, or why it was refused. */
export type BulkRowResult =
  | { ticketId: string; ok: true; version: number }
  | { ticketId: string; ok: false; code: ErrorCode; reason: Msg };

/**
 * Runs a command for each ticket in turn, each in its own transaction: one refusal (a stale
 * version, a move the engine forbids) is reported for its row and leaves the others untouched.
 */
export async function runBulk<T extends { ticketId: string }>(
  items: readonly T[],
  run: (item: T) => Promise<{ version: number }>,
): Promise<BulkRowResult[]> {
  const results: BulkRowResult[] = [];
  for (const item of items) {
    try {
      const { version } = await run(item);
      results.push({ ticketId: item.ticketId, ok: true, version });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      results.push({ ticketId: item.ticketId, ok: false, code: error.code, reason: error.msg });
    }
  }
  return results;
}
