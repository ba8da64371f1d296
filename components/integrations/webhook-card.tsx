import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { DeliveryItem, WebhookItem } from "@/lib/webhooks/queries";
import { eventKey } from "@/lib/webhooks/webhook-events";
import { Alert } from "../ui/alert";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";
import { DeliveriesTable } from "./deliveries-table";
import { DeleteWebhookButton, EditWebhookDialog } from "./webhook-dialogs";

export async function WebhookCard({
  webhook,
  deliveries,
  showAll,
}: {
  webhook: WebhookItem;
  deliveries: DeliveryItem[];
  /** The settings list shows the latest few with a link to the whole log. */
  showAll: boolean;
}) {
  const t = await getTranslations("settings.webhooks");
  return (
    <Card className="space-y-3" aria-label={webhook.url}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 space-y-1">
          <h3 className="font-mono text-sm font-medium break-all">{webhook.url}</h3>
          {webhook.description ? (
            <p className="text-sm text-muted-foreground">{webhook.description}</p>
          ) : null}
          <div className="flex flex-wrap gap-1">
            <Badge tone={webhook.enabled ? "success" : "neutral"}>{t(webhook.enabled ? "on" : "off")}</Badge>
            {webhook.events.map((event) => (
              <Badge key={event}>{t(`events.${eventKey(event)}`)}</Badge>
            ))}
          </div>
        </div>
        <div className="flex gap-2">
          <EditWebhookDialog webhook={webhook} />
          <DeleteWebhookButton webhook={webhook} />
        </div>
      </div>
      {webhook.failing ? <Alert tone="warning">{t("failing")}</Alert> : null}
      <h4 className="text-sm font-medium">{t("deliveries")}</h4>
      <DeliveriesTable deliveries={deliveries} label={t("deliveriesOf", { url: webhook.url })} />
      {showAll ? (
        <Link href={`/settings/webhooks/${webhook.id}`} className="text-sm text-link hover:underline">
          {t("allDeliveries")}
        </Link>
      ) : null}
    </Card>
  );
}
