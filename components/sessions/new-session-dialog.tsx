"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { createSessionAction } from "@/app/actions/sessions";
import type { SessionAssetOption } from "@/lib/sessions/form-options";
import { formatItemNumber } from "@/lib/workflow/work-item-kinds";
import { actionFeedback, errorProps, type Feedback } from "../forms/action-feedback";
import { CommandDialog } from "../tickets/command-dialog";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { FieldError, Label, NativeSelect, Textarea } from "../ui/form-controls";

/** "New video session": an employee sets one up with a customer of an asset; it is confirmed at once. */
export function NewSessionDialog({ assets }: { assets: SessionAssetOption[] }) {
  const t = useTranslations("sessions.new");
  return (
    <CommandDialog
      trigger={<Button variant="primary">{t("button")}</Button>}
      title={t("title")}
      description={t("description")}
    >
      {() => <NewSessionForm assets={assets} />}
    </CommandDialog>
  );
}

function NewSessionForm({ assets }: { assets: SessionAssetOption[] }) {
  const t = useTranslations();
  const tn = useTranslations("sessions.new");
  const router = useRouter();
  const [assetId, setAssetId] = useState(assets.find((a) => a.customers.length > 0)?.id ?? "");
  const [pending, startTransition] = useTransition();
  const [feedback, setFeedback] = useState<Feedback>({ message: null, fields: {} });
  const customers = assets.find((a) => a.id === assetId)?.customers ?? [];
  const { fields } = feedback;
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(async () => {
          const result = await createSessionAction({
            assetId,
            customerId: String(data.get("customerId") ?? ""),
            reason: String(data.get("reason") ?? ""),
          });
          const next = actionFeedback(result, t);
          setFeedback(next);
          if (next.message || !result?.data) return;
          toast.success(tn("created", { number: formatItemNumber("video_session", result.data.number) }));
          router.push(`/sessions/${result.data.number}`);
        });
      }}
    >
      {feedback.message ? <Alert tone="error">{feedback.message}</Alert> : null}
      <div className="space-y-1">
        <Label htmlFor="session-asset">{tn("asset")}</Label>
        <NativeSelect
          id="session-asset"
          value={assetId}
          onChange={(e) => setAssetId(e.target.value)}
          {...errorProps("session-asset", fields.assetId)}
        >
          {assets.map((asset) => (
            <option key={asset.id} value={asset.id}>
              {asset.name}
            </option>
          ))}
        </NativeSelect>
        <FieldError id="session-asset-error" messages={fields.assetId} />
      </div>
      <div className="space-y-1">
        <Label htmlFor="session-customer">{tn("customer")}</Label>
        <NativeSelect
          id="session-customer"
          name="customerId"
          key={assetId}
          {...errorProps("session-customer", fields.customerId)}
        >
          {customers.length === 0 ? <option value="">{tn("noCustomers")}</option> : null}
          {customers.map((customer) => (
            <option key={customer.id} value={customer.id}>
              {customer.name}
            </option>
          ))}
        </NativeSelect>
        <FieldError id="session-customer-error" messages={fields.customerId} />
      </div>
      <div className="space-y-1">
        <Label htmlFor="session-reason">{tn("reason")}</Label>
        <Textarea
          id="session-reason"
          name="reason"
          maxLength={2_000}
          {...errorProps("session-reason", fields.reason)}
        />
        <FieldError id="session-reason-error" messages={fields.reason} />
      </div>
      <div className="flex justify-end">
        <Button type="submit" variant="primary" disabled={pending}>
          {tn("submit")}
        </Button>
      </div>
    </form>
  );
}
