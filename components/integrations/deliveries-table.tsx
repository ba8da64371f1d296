import { getTranslations } from "next-intl/server";
import type { DeliveryItem } from "@/lib/webhooks/queries";
import { Badge, type BadgeTone } from "../ui/badge";
import { DateTime } from "../ui/date-time";
import { RedeliverButton } from "./webhook-dialogs";

const STATE_TONES: Record<DeliveryItem["state"], BadgeTone> = {
  delivered: "success",
  pending: "warning",
  sending: "warning",
  failed: "danger",
};

/** A webhook's delivery log: what was sent, what the receiver answered, and a way to send it again. */
export async function DeliveriesTable({ deliveries, label }: { deliveries: DeliveryItem[]; label: string }) {
  const t = await getTranslations("settings.webhooks");
  if (deliveries.length === 0) return <p className="text-sm text-muted-foreground">{t("noDeliveries")}</p>;
  return (
    <div className="rounded-lg border border-border md:overflow-x-auto">
      <table className="table-cards w-full text-left text-sm" aria-label={label}>
        <thead className="border-b border-border bg-muted text-xs text-muted-foreground uppercase">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("columns.time")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("columns.event")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("columns.state")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("columns.response")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              <span className="sr-only">{t("columns.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border align-top">
          {deliveries.map((d) => (
            <tr key={d.id}>
              <td
                data-label={t("columns.time")}
                className="text-muted-foreground md:px-3 md:py-2 md:whitespace-nowrap"
              >
                <DateTime value={d.lastAttemptAt ?? d.createdAt} />
              </td>
              <td data-label={t("columns.event")} className="md:px-3 md:py-2">
                <div className="min-w-0">
                  <code className="text-xs">{d.eventType}</code>
                  <div className="text-xs break-all text-muted-foreground">{d.messageId}</div>
                </div>
              </td>
              <td data-label={t("columns.state")} className="md:px-3 md:py-2">
                <div className="min-w-0">
                  <Badge tone={STATE_TONES[d.state]}>{t(`states.${d.state}`)}</Badge>
                  <div className="mt-1 text-xs text-muted-foreground">
                    {t("attempts", { count: d.attempts })}
                    {d.nextAttemptAt ? (
                      <>
                        {" · "}
                        {t("nextAttempt")} <DateTime value={d.nextAttemptAt} />
                      </>
                    ) : null}
                  </div>
                </div>
              </td>
              <td data-label={t("columns.response")} className="md:max-w-0 md:min-w-56 md:px-3 md:py-2">
                <div className="min-w-0">
                  {d.statusCode !== null ? (
                    <span className="font-medium">{t("statusCode", { code: d.statusCode })}</span>
                  ) : (
                    <span className="text-muted-foreground">{t("noAnswer")}</span>
                  )}
                  {d.durationMs !== null ? (
                    <span className="text-muted-foreground"> · {t("duration", { ms: d.durationMs })}</span>
                  ) : null}
                  {d.errorKind && d.errorKind !== "http" ? (
                    <p className="text-xs break-words text-muted-foreground">
                      {t(`errorKinds.${d.errorKind}`)}
                      {d.error ? <span className="block font-mono">{d.error}</span> : null}
                    </p>
                  ) : null}
                  {d.response ? (
                    <details>
                      <summary className="cursor-pointer text-xs text-muted-foreground">
                        {t("responseBody")}
                      </summary>
                      <pre className="mt-1 max-h-40 overflow-auto rounded bg-muted p-2 text-xs whitespace-pre-wrap break-all">
                        {d.response}
                      </pre>
                    </details>
                  ) : null}
                </div>
              </td>
              <td data-label={t("columns.actions")} className="md:px-3 md:py-2 md:text-right">
                {d.state === "delivered" || d.state === "failed" ? (
                  <RedeliverButton deliveryId={d.id} label={t("redeliverNamed", { id: d.messageId })} />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
