import type { Db } from "@/db/client";
import { parseInput } from "../parse-input";
import { insertStaffAccount } from "./insert-staff-account";
import type { UserRow } from "./queries";
import { type CreateAdminInput, createAdminSchema } from "./schemas";

/**
 * `npm run create-admin`: the first admin of a deployment that has no demo data, or a new one when
 * every admin lost access. No actor to authorize: whoever runs it already holds the server and its
 * database. The audit log records it as the command line.
 */
export async function createAdmin({ db }: { db: Db }, raw: CreateAdminInput): Promise<UserRow> {
  const input = parseInput(createAdminSchema, raw);
  return insertStaffAccount(db, { ...input, role: "admin" }, null);
}
