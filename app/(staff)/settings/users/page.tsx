import type { Metadata } from "next";
import { NewEmployeeDialog } from "@/components/admin/new-employee-dialog";
import { UsersTable } from "@/components/admin/users-table";
import { requireAdmin } from "@/lib/auth/get-actor";
import { listPayRates } from "@/lib/pay/queries";
import { getDb } from "@/lib/server/db";
import { listUsers } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Users" };

export default async function UsersSettingsPage() {
  const actor = await requireAdmin();
  const ctx = { actor, db: await getDb() };
  const [users, payRates] = await Promise.all([listUsers(ctx), listPayRates(ctx)]);
  return (
    <section className="space-y-4">
      <div className="flex items-center justify-between gap-4">
        <div>
          <h2 className="text-xl font-semibold">Users</h2>
          <p className="text-sm text-slate-600">
            Employees sign in with the e-mail and password you give them; customers register with an access
            code.
          </p>
        </div>
        <NewEmployeeDialog />
      </div>
      <UsersTable
        actorId={actor.id}
        users={users.map(({ id, name, email, role, active, phone }) => ({
          id,
          name,
          email,
          role,
          active,
          phone,
          payRate: payRates.get(id) ?? null,
        }))}
      />
    </section>
  );
}
