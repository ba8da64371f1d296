import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewEmployeeDialog } from "@/components/admin/new-employee-dialog";
import { UsersTable } from "@/components/admin/users-table";
import { requireAdmin } from "@/lib/auth/get-actor";
import { listPayRates } from "@/lib/pay/queries";
import { getDb } from "@/lib/server/db";
import { listSignInLocks, listUsers } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.users"))("title") };
}

export default async function UsersSettingsPage() {
  const actor = await requireAdmin();
  const t = await getTranslations("settings.users");
  const ctx = { actor, db: await getDb() };
  const [users, payRates, locks] = await Promise.all([
    listUsers(ctx),
    listPayRates(ctx),
    listSignInLocks(ctx),
  ]);
  return (
    <section className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div className="min-w-0">
          <h2 className="text-xl font-semibold">{t("title")}</h2>
          <p className="text-sm text-muted-foreground">{t("intro")}</p>
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
          lockedUntil: locks.get(id)?.toISOString() ?? null,
        }))}
      />
    </section>
  );
}
