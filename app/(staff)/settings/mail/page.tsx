import type { Metadata } from "next";
import { OutboundMessagesTable } from "@/components/admin/outbound-messages-table";
import { requireAdmin } from "@/lib/auth/get-actor";
import { getMessagingSetup, listOutboundMessages } from "@/lib/messaging/queries";
import { getDb } from "@/lib/server/db";

export const metadata: Metadata = { title: "Mail" };

export default async function MailSettingsPage({
  searchParams,
}: {
  searchParams: Promise<{ before?: string }>;
}) {
  const actor = await requireAdmin();
  const before = Number((await searchParams).before) || null;
  const ctx = { actor, db: await getDb() };
  const { mail } = getMessagingSetup(ctx);
  const page = await listOutboundMessages(ctx, { channel: "email", before });
  return (
    <section className="space-y-4">
      <div>
        <h2 className="text-xl font-semibold">Mail</h2>
        <p className="text-sm text-slate-600">
          E-mails sent to customers (new-ticket confirmations and status actions), newest first.
        </p>
      </div>
      <p className="rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700">
        {mail.kind === "smtp" ? (
          <>
            SMTP is configured: e-mails go out through <strong className="font-medium">{mail.server}</strong>,
            from <strong className="font-medium">{mail.from}</strong>.
          </>
        ) : (
          <>
            SMTP is not configured (set <code className="font-mono text-xs">SMTP_URL</code> to send real
            e-mail): e-mails are kept here, in the local mailbox.
          </>
        )}
      </p>
      <OutboundMessagesTable channel="email" page={page} basePath="/settings/mail" paged={before !== null} />
    </section>
  );
}
