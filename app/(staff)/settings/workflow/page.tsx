import type { Metadata } from "next";
import { DonePolicyForm } from "@/components/admin/done-policy-form";
import { requireAdmin } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { loadDonePolicy } from "@/lib/settings/done-policy";

export const metadata: Metadata = { title: "Workflow" };

export default async function WorkflowSettingsPage() {
  await requireAdmin();
  const policy = await loadDonePolicy(await getDb());
  return (
    <section className="space-y-4">
      <div>
        <h2 className="text-xl font-semibold">Workflow</h2>
        <p className="text-sm text-slate-600">How a done ticket gets closed.</p>
      </div>
      <DonePolicyForm policy={policy} />
    </section>
  );
}
