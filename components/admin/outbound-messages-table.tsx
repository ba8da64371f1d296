import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { OutboundMessageItem, OutboundMessagePage } from "@/lib/messaging/queries";
import { Badge, type BadgeTone } from "../ui/badge";
import { buttonVariants } from "../ui/button";
import { DateTime } from "../ui/date-time";

const STATE_TONES: Record<OutboundMessageItem["state"], BadgeTone> = {
  sent: "success",
  pending: "warning",
  sending: "warning",
  failed: "danger",
};

/** The local mailbox / SMS log (and the record of what an SMTP server or gateway was given). */
export async function OutboundMessagesTable({
  channel,
  page,
  basePath,
  paged,
}: {
  channel: "email" | "sms";
  page: OutboundMessagePage;
  basePath: string;
  /** Whether this is an older page (offers a way back to the newest). */
  paged: boolean;
}) {
  const [t, common] = await Promise.all([getTranslations("settings.messages"), getTranslations("common")]);
  const email = channel === "email";
  return (
    <div className="space-y-3">
      {page.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-input p-6 text-sm text-muted-foreground">
          {paged ? t(email ? "noOlderEmail" : "noOlderSms") : t(email ? "emptyEmail" : "emptySms")}
        </p>
      ) : (
        <div className="rounded-lg border border-border bg-card md:overflow-x-auto">
          <table
            className="table-cards w-full text-left text-sm"
            aria-label={t(email ? "emailLabel" : "smsLabel")}
          >
            <thead className="border-b border-border bg-muted text-xs text-muted-foreground uppercase">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("columns.date")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("columns.to")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t(email ? "columns.subject" : "columns.text")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("columns.ticket")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("columns.state")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border align-top">
              {page.items.map((message) => (
                <MessageRow key={message.id} message={message} email={email} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.olderThan !== null || paged ? (
        <nav aria-label={common("pages")} className="flex flex-wrap gap-2">
          {paged ? (
            <Link href={basePath} className={buttonVariants({ variant: "outline", size: "sm" })}>
              {common("newest")}
            </Link>
          ) : null}
          {page.olderThan !== null ? (
            <Link
              href={`${basePath}?before=${page.olderThan}`}
              className={buttonVariants({ variant: "outline", size: "sm" })}
            >
              {common("older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

async function MessageRow({ message, email }: { message: OutboundMessageItem; email: boolean }) {
  const t = await getTranslations("settings.messages");
  return (
    <tr>
      <td
        data-label={t("columns.date")}
        className="text-muted-foreground md:px-4 md:py-2 md:whitespace-nowrap"
      >
        <DateTime value={message.createdAt} />
      </td>
      <td data-label={t("columns.to")} className="md:px-4 md:py-2 md:whitespace-nowrap">
        {message.recipient || <span className="text-muted-foreground">{t("noRecipient")}</span>}
      </td>
      <td
        data-label={t(email ? "columns.subject" : "columns.text")}
        className="md:w-full md:max-w-0 md:min-w-64 md:px-4 md:py-2"
      >
        {email ? (
          <details className="min-w-0 flex-1">
            <summary className="cursor-pointer font-medium break-words text-foreground md:truncate">
              {message.subject || t("noSubject")}
            </summary>
            <pre className="mt-2 rounded-md bg-muted p-3 font-sans text-sm whitespace-pre-wrap break-words text-muted-foreground">
              {message.body}
            </pre>
          </details>
        ) : (
          <p className="min-w-0 whitespace-pre-wrap break-words text-foreground">{message.body}</p>
        )}
      </td>
      <td data-label={t("columns.ticket")} className="md:px-4 md:py-2 md:whitespace-nowrap">
        {message.ticketNumber !== null ? (
          <Link href={`/tickets/${message.ticketNumber}`} className="text-link hover:underline">
            T-{message.ticketNumber}
          </Link>
        ) : null}
      </td>
      <td data-label={t("columns.state")} className="md:px-4 md:py-2">
        <div className="min-w-0">
          <Badge tone={STATE_TONES[message.state]}>{t(`states.${message.state}`)}</Badge>
          {message.error ? (
            <p className="mt-1 text-xs break-words text-muted-foreground md:w-48">
              {message.state === "pending" ? t("retrying", { error: message.error }) : message.error}
            </p>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
