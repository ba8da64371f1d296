import type { Metadata } from "next";
import { OutboundMessagesTable } from "@/components/admin/outbound-messages-table";
import { requireAdmin } from "@/lib/auth/get-actor";
import { getMessagingSetup, listOutboundMessages } from "@/lib/messaging/queries";
import { getDb } from "@/lib/server/db";

export const metadata: Metadata = { title: "SMS" };

export default async function SmsSettingsPage({
  searchParams,
}: {
  searchParams: Promise<{ before?: string }>;
}) {
  const actor = await requireAdmin();
  const before = Number((await searchParams).before) || null;
  const ctx = { actor, db: await getDb() };
  const { sms } = getMessagingSetup(ctx);
  const page = await listOutboundMessages(ctx, { channel: "sms", before });
  return (
    <section className="space-y-4">
      <div>
        <h2 className="text-xl font-semibold">SMS</h2>
        <p className="text-sm text-slate-600">
          Text messages that status actions send to customers' phone numbers, newest first.
        </p>
      </div>
      <p className="rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700">
        {sms.kind === "http" ? (
          <>
            An SMS gateway is configured: messages go out through{" "}
            <strong className="font-medium">{sms.gateway}</strong>.
          </>
        ) : (
          <>
            No SMS gateway is configured (set <code className="font-mono text-xs">SMS_HTTP_URL</code> to send
            real text messages): messages are kept here, in the local log.
          </>
        )}
      </p>
      <OutboundMessagesTable channel="sms" page={page} basePath="/settings/sms" paged={before !== null} />
    </section>
  );
}
