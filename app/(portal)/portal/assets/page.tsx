import { Boxes } from "lucide-react";
import type { Metadata } from "next";
import { Card, CardTitle } from "@/components/ui/card";
import { listMyAssets } from "@/lib/assets/queries";
import { requireCodeUser } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { RedeemCodeForm } from "./redeem-code-form";

export const metadata: Metadata = { title: "My assets" };

export default async function MyAssetsPage() {
  const actor = await requireCodeUser();
  const assets = await listMyAssets({ actor, db: await getDb() });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">My assets</h1>
      {assets.length === 0 ? (
        <p className="text-sm text-slate-600">You do not hold an asset's code yet. Enter one below.</p>
      ) : (
        <ul
          aria-label="My assets"
          className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
        >
          {assets.map((asset) => (
            <li
              key={asset.id}
              className="flex items-center gap-3 px-4 py-3 text-sm font-medium text-slate-900"
            >
              <Boxes className="size-4 text-slate-400" aria-hidden />
              {asset.name}
            </li>
          ))}
        </ul>
      )}
      <Card className="max-w-md">
        <CardTitle>Add an asset</CardTitle>
        <p className="mb-4 text-sm text-slate-600">
          Enter the access code of another machine, vehicle or site to see and report its tickets.
        </p>
        <RedeemCodeForm />
      </Card>
    </div>
  );
}
