import type { Metadata } from "next";
import { NewTicketForm } from "@/components/tickets/new-ticket-form";
import { Card } from "@/components/ui/card";
import { requireStaff } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { assetOptions } from "@/lib/tickets/form-options";

export const metadata: Metadata = { title: "New ticket" };

export default async function NewTicketPage() {
  const actor = await requireStaff();
  const assets = await assetOptions({ actor, db: await getDb() });
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <h1 className="text-2xl font-semibold">New ticket</h1>
      <Card>
        <NewTicketForm assets={assets} chooseVisibility detailPath="/tickets" />
      </Card>
    </div>
  );
}
