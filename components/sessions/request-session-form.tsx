"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { requestSessionAction } from "@/app/actions/sessions";
import { formatItemNumber } from "@/lib/workflow/work-item-kinds";
import { actionFeedback, errorProps, type Feedback } from "../forms/action-feedback";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { FieldError, Label, NativeSelect, Textarea } from "../ui/form-controls";

/** A customer asks for a video call about one of their assets (from a ticket: about that ticket). */
export function RequestSessionForm({
  assets,
  defaultAssetId,
  ticket,
}: {
  assets: { id: string; name: string }[];
  defaultAssetId: string | null;
  ticket: { id: string; number: number; title: string } | null;
}) {
  const t = useTranslations();
  const tr = useTranslations("sessions.request");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [feedback, setFeedback] = useState<Feedback>({ message: null, fields: {} });
  const { fields } = feedback;
  return (
    <form
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(async () => {
          const result = await requestSessionAction({
            assetId: String(data.get("assetId") ?? ""),
            reason: String(data.get("reason") ?? ""),
            ticketId: ticket?.id ?? null,
          });
          const next = actionFeedback(result, t);
          setFeedback(next);
          if (next.message || !result?.data) return;
          toast.success(tr("sent", { number: formatItemNumber("video_session", result.data.number) }));
          router.push(`/portal/sessions/${result.data.number}`);
        });
      }}
    >
      {feedback.message ? <Alert tone="error">{feedback.message}</Alert> : null}
      {ticket ? (
        <p className="text-sm text-muted-foreground">
          {tr("aboutTicket", { number: formatItemNumber("ticket", ticket.number), title: ticket.title })}
        </p>
      ) : null}
      <div className="space-y-1">
        <Label htmlFor="request-asset">{tr("asset")}</Label>
        <NativeSelect
          id="request-asset"
          name="assetId"
          defaultValue={defaultAssetId ?? assets[0]?.id}
          {...errorProps("request-asset", fields.assetId)}
        >
          {assets.map((asset) => (
            <option key={asset.id} value={asset.id}>
              {asset.name}
            </option>
          ))}
        </NativeSelect>
        <FieldError id="request-asset-error" messages={fields.assetId} />
      </div>
      <div className="space-y-1">
        <Label htmlFor="request-reason">{tr("reason")}</Label>
        <Textarea
          id="request-reason"
          name="reason"
          maxLength={2_000}
          placeholder={tr("reasonHint")}
          {...errorProps("request-reason", fields.reason)}
        />
        <FieldError id="request-reason-error" messages={fields.reason} />
      </div>
      <Button type="submit" variant="primary" disabled={pending}>
        {tr("submit")}
      </Button>
    </form>
  );
}
