import { format } from "date-fns";
import Link from "next/link";
import type { OutboundMessageItem, OutboundMessagePage } from "@/lib/messaging/queries";
import { Badge } from "../ui/badge";
import { buttonVariants } from "../ui/button";

const STATE_BADGES: Record<OutboundMessageItem["state"], { label: string; className: string }> = {
  sent: { label: "Sent", className: "border-green-200 bg-green-50 text-green-800" },
  pending: { label: "Pending", className: "border-amber-200 bg-amber-50 text-amber-800" },
  failed: { label: "Failed", className: "border-red-200 bg-red-50 text-red-800" },
};

/** The local mailbox / SMS log (and the record of what an SMTP server or gateway was given). */
export function OutboundMessagesTable({
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
  const noun = channel === "email" ? "e-mails" : "text messages";
  return (
    <div className="space-y-3">
      {page.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-sm text-slate-600">
          {paged
            ? `No older ${noun}.`
            : `No ${noun} yet. Status actions send them when a ticket enters a status.`}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table
            className="w-full text-left text-sm"
            aria-label={channel === "email" ? "E-mails" : "Text messages"}
          >
            <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Date
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  To
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {channel === "email" ? "Subject" : "Text"}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Ticket
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  State
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {page.items.map((message) => (
                <MessageRow key={message.id} message={message} channel={channel} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.olderThan !== null || paged ? (
        <nav aria-label="Pages" className="flex gap-2">
          {paged ? (
            <Link href={basePath} className={buttonVariants({ variant: "outline", size: "sm" })}>
              Newest
            </Link>
          ) : null}
          {page.olderThan !== null ? (
            <Link
              href={`${basePath}?before=${page.olderThan}`}
              className={buttonVariants({ variant: "outline", size: "sm" })}
            >
              Older
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

function MessageRow({ message, channel }: { message: OutboundMessageItem; channel: "email" | "sms" }) {
  const badge = STATE_BADGES[message.state];
  return (
    <tr>
      <td className="px-4 py-2 whitespace-nowrap text-slate-600">
        <time dateTime={message.createdAt.toISOString()}>
          {format(message.createdAt, "d MMM yyyy, HH:mm")}
        </time>
      </td>
      <td className="px-4 py-2 whitespace-nowrap">
        {message.recipient || <span className="text-slate-500">(none)</span>}
      </td>
      <td className="w-full max-w-0 min-w-64 px-4 py-2">
        {channel === "email" ? (
          <details>
            <summary className="cursor-pointer truncate font-medium text-slate-900">
              {message.subject || "(no subject)"}
            </summary>
            <pre className="mt-2 rounded-md bg-slate-50 p-3 font-sans text-sm whitespace-pre-wrap break-words text-slate-700">
              {message.body}
            </pre>
          </details>
        ) : (
          <p className="whitespace-pre-wrap break-words text-slate-800">{message.body}</p>
        )}
      </td>
      <td className="px-4 py-2 whitespace-nowrap">
        {message.ticketNumber !== null ? (
          <Link href={`/tickets/${message.ticketNumber}`} className="text-blue-700 hover:underline">
            T-{message.ticketNumber}
          </Link>
        ) : null}
      </td>
      <td className="px-4 py-2">
        <Badge className={badge.className}>{badge.label}</Badge>
        {message.error ? (
          <p className="mt-1 w-48 text-xs break-words text-slate-600">
            {message.state === "pending" ? `Retrying: ${message.error}` : message.error}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
