import type { Metadata } from "next";
import { NewAssetDialog } from "@/components/admin/asset-dialogs";
import { AssetsTable } from "@/components/admin/assets-table";
import { listAssets } from "@/lib/assets/queries";
import { requireAdmin } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { listEmployees } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Assets" };

export default async function AssetsSettingsPage() {
  const actor = await requireAdmin();
  const ctx = { actor, db: await getDb() };
  const [assets, employees] = await Promise.all([listAssets(ctx), listEmployees(ctx)]);
  return (
    <section className="space-y-4">
      <div className="flex items-center justify-between gap-4">
        <div>
          <h2 className="text-xl font-semibold">Assets</h2>
          <p className="text-sm text-slate-600">
            Customers redeem an asset's access code to see its tickets; responsible employees receive its
            offers.
          </p>
        </div>
        <NewAssetDialog employees={employees} />
      </div>
      <AssetsTable assets={assets} employees={employees} />
    </section>
  );
}
