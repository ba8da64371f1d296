"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { WebhookItem } from "@/lib/webhooks/queries";
import { eventKey, WEBHOOK_EVENTS, type WebhookEvent } from "@/lib/webhooks/webhook-events";
import { TextField } from "../forms/text-field";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { FieldError } from "../ui/form-controls";

export type WebhookFields = { url: string; description: string; events: WebhookEvent[]; enabled: boolean };

/** URL, description, events (and, when editing, on/off): the one form for adding and changing. */
export function WebhookForm({
  initial,
  pending,
  message,
  fields,
  onSubmit,
}: {
  initial?: WebhookItem;
  pending: boolean;
  message: string | null;
  fields: Record<string, string[] | undefined>;
  onSubmit: (values: WebhookFields) => void;
}) {
  const t = useTranslations("settings.webhooks");
  const uid = useId();
  const chosen = new Set<string>(initial?.events ?? ["ticket.created", "ticket.status_changed"]);
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        onSubmit({
          url: String(data.get("url") ?? ""),
          description: String(data.get("description") ?? ""),
          events: data.getAll("events").map(String) as WebhookEvent[],
          enabled: initial ? data.get("enabled") === "on" : true,
        });
      }}
    >
      {message ? <Alert>{message}</Alert> : null}
      <TextField
        id={`${uid}-url`}
        name="url"
        type="url"
        label={t("url")}
        hint={t("urlHint")}
        defaultValue={initial?.url ?? ""}
        placeholder="https://erp.example.com/helpdesk-events"
        autoComplete="off"
        required
        errors={fields.url}
      />
      <TextField
        id={`${uid}-description`}
        name="description"
        label={t("description")}
        defaultValue={initial?.description ?? ""}
        maxLength={200}
        autoComplete="off"
        errors={fields.description}
      />
      <fieldset className="space-y-2" aria-describedby={fields.events ? `${uid}-events-error` : undefined}>
        <legend className="text-sm font-medium">{t("eventsLegend")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {WEBHOOK_EVENTS.map((event) => (
            <label key={event} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="events"
                value={event}
                defaultChecked={chosen.has(event)}
                className="size-4"
              />
              {t(`events.${eventKey(event)}`)}
            </label>
          ))}
        </div>
        <FieldError id={`${uid}-events-error`} messages={fields.events} />
      </fieldset>
      {initial ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="enabled" defaultChecked={initial.enabled} className="size-4" />
          {t("enabled")}
        </label>
      ) : null}
      <div className="flex justify-end">
        <Button type="submit" variant="primary" disabled={pending}>
          {t("save")}
        </Button>
      </div>
    </form>
  );
}
