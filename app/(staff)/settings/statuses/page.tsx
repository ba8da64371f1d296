import type { Metadata } from "next";
import { NewStatusDialog } from "@/components/admin/statuses/status-form-dialog";
import { StatusList } from "@/components/admin/statuses/status-list";
import { requireAdmin } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { listStatusesForAdmin } from "@/lib/statuses/queries";

export const metadata: Metadata = { title: "Statuses" };

export default async function StatusesSettingsPage() {
  const actor = await requireAdmin();
  const { groups, customCount, limit } = await listStatusesForAdmin({ actor, db: await getDb() });
  return (
    <section className="space-y-4">
      <div className="flex items-start justify-between gap-4">
        <div className="space-y-1">
          <h2 className="text-xl font-semibold">Statuses</h2>
          <p className="max-w-3xl text-sm text-slate-600">
            Every status belongs to one of the fixed categories below, which decide what a ticket may do next.
            Add your own statuses to the categories that allow them, give them a colour and actions that run
            when a ticket enters them. Default statuses can be renamed and recoloured, never deleted.
            Customers only ever see the category.
          </p>
          <p className={`text-sm font-medium ${customCount >= limit ? "text-amber-800" : "text-slate-700"}`}>
            {customCount} of {limit} custom statuses
            {customCount >= limit ? (
              <span className="font-normal">: delete one you no longer use to add another.</span>
            ) : null}
          </p>
        </div>
        <NewStatusDialog atLimit={customCount >= limit} />
      </div>
      <StatusList groups={groups} />
    </section>
  );
}
