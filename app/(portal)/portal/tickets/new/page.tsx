import type { Metadata } from "next";
import { NewTicketForm } from "@/components/tickets/new-ticket-form";
import { Card } from "@/components/ui/card";
import { requireCodeUser } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { assetOptions } from "@/lib/tickets/form-options";

export const metadata: Metadata = { title: "New ticket" };

export default async function PortalNewTicketPage() {
  const actor = await requireCodeUser();
  const assets = await assetOptions({ actor, db: await getDb() });
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <h1 className="text-2xl font-semibold">New ticket</h1>
      <p className="text-sm text-slate-600">
        Tell us what happened; we will get back to you as soon as possible.
      </p>
      <Card>
        <NewTicketForm assets={assets} chooseVisibility={false} detailPath="/portal/tickets" />
      </Card>
    </div>
  );
}
