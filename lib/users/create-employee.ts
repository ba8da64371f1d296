import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { msg } from "../i18n/msg";
import { parseInput } from "../parse-input";
import { insertStaffAccount } from "./insert-staff-account";
import type { UserRow } from "./queries";
import { type CreateEmployeeInput, createEmployeeSchema } from "./schemas";

/** Admins create employee accounts with an initial password. */
export async function createEmployee({ actor, db }: Ctx, raw: CreateEmployeeInput): Promise<UserRow> {
  if (actor.role !== "admin") throw forbidden(msg("errors.users.onlyAdminsCreate"));
  const input = parseInput(createEmployeeSchema, raw);
  return insertStaffAccount(db, input, actor.id);
}
