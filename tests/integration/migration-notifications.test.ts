import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER } from "@/db/client";

/** The migrations folder as it was before `tag` (a copy with a shorter journal). */
function migrationsBefore(tag: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8"));
  const index = journal.entries.findIndex((e: { tag: string }) => e.tag === tag);
  journal.entries = journal.entries.slice(0, index);
  fs.mkdirSync(path.join(dir, "meta"));
  fs.writeFileSync(path.join(dir, "meta", "_journal.json"), JSON.stringify(journal));
  for (const entry of journal.entries) {
    fs.copyFileSync(path.join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), path.join(dir, `${entry.tag}.sql`));
  }
  return dir;
}

const client = new PGlite({ extensions: { pg_trgm } });
afterAll(() => client.close());

describe("migration 0005: one bell entry per person and ticket", () => {
  it("groups the old per-event rows to the newest, keeps what the new wording needs, and drops the rest", async () => {
    await migrate(drizzle(client), { migrationsFolder: migrationsBefore("0005_grouped_notifications") });
    const {
      rows: [user],
    } = await client.query<{ id: string }>(
      `insert into users (email, name, role, password_hash) values ('m@x', 'M', 'member', 'x') returning id`,
    );
    const ticket = "6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7";
    const other = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    const insert = (kind: string, title: string, ticketId: string | null, read: boolean, key: string) =>
      client.query(
        `insert into notifications (user_id, kind, title, link, data, idempotency_key, read_at)
         values ($1, $2, $3, '/tickets/1', $4, $5, ${read ? "now()" : "null"})`,
        [user!.id, kind, title, JSON.stringify(ticketId ? { ticketId, number: 1 } : {}), key],
      );
    await insert("offer", "New ticket offer: T-1", ticket, true, "a");
    await insert("assigned", "You were assigned to T-1", ticket, false, "b");
    await insert("rated", "T-1 was rated 4 of 5 by the customer", ticket, false, "c");
    await insert("closed", "The customer confirmed T-2 is resolved", other, true, "d");
    await insert("status", "something without a ticket", null, false, "e");

    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
    const { rows } = await client.query<{
      subject_id: string;
      kind: string;
      data: Record<string, unknown>;
      event_count: number;
      read_at: Date | null;
    }>(`select subject_id, kind, data, event_count, read_at from notifications order by subject_id`);
    expect(rows).toHaveLength(2);
    const [forOther, forTicket] = rows[0]!.subject_id === other ? rows : [rows[1]!, rows[0]!];
    expect(forTicket).toMatchObject({ kind: "rated", data: { stars: 4 }, event_count: 3, read_at: null });
    expect(forOther).toMatchObject({ kind: "confirmed", event_count: 1 });
    expect(forOther!.read_at).not.toBeNull();
    const columns = await client.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name = 'notifications'`,
    );
    expect(columns.rows.map((c) => c.column_name)).not.toContain("title");
  });
});
