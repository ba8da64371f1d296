import type { Db, Tx } from "@/db/client";
import type { outbox } from "@/db/schema";

export type OutboxRow = typeof outbox.$inferSelect;

/**
 * - `local` handlers only write to the database; they run in the transaction that marks the row
 *   processed, so their effect happens exactly once.
 * - `external` handlers talk to the outside world (SMTP, SMS gateway) outside any transaction; they
 *   must record their own delivery under an idempotency key before the row is marked processed.
 */
export type OutboxHandler =
  | { readonly mode: "local"; run(tx: Tx, row: OutboxRow): Promise<LocalResult> }
  | {
      readonly mode: "external";
      run(db: Db, row: OutboxRow): Promise<void>;
      /** Called once when the dispatcher stops retrying the row, so nothing stays "pending" forever. */
      giveUp?(db: Db, row: OutboxRow, reason: string): Promise<void>;
    };

/** Users who received in-app notifications (their bells are told to refresh). */
export type LocalResult = { notifiedUserIds?: readonly string[] } | undefined;
