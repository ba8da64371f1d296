"use client";

import { Pencil, Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import {
  createWebhookAction,
  deleteWebhookAction,
  redeliverWebhookAction,
  updateWebhookAction,
} from "@/app/actions/webhooks";
import type { WebhookItem } from "@/lib/webhooks/queries";
import { useActionFeedback } from "../forms/action-feedback";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Dialog, DialogContent, DialogTrigger } from "../ui/dialog";
import { SecretDialog } from "./secret-dialog";
import { WebhookForm } from "./webhook-form";

export function NewWebhookDialog() {
  const t = useTranslations("settings.webhooks");
  const router = useRouter();
  const [secret, setSecret] = useState<string | null>(null);
  const { execute, result, isPending, reset } = useAction(createWebhookAction, {
    onSuccess: ({ data }) => {
      setSecret(data.secret);
      router.refresh();
    },
  });
  const { message, fields } = useActionFeedback(result);
  return (
    <SecretDialog
      trigger={
        <Button variant="primary">
          <Plus aria-hidden />
          {t("new")}
        </Button>
      }
      title={t("newTitle")}
      description={t("newDescription")}
      secretLabel={t("secret")}
      secret={secret}
      afterSecret={<p className="text-sm text-muted-foreground">{t("secretHint")}</p>}
      onOpen={() => {
        reset();
        setSecret(null);
      }}
    >
      <WebhookForm
        pending={isPending}
        message={message}
        fields={fields}
        onSubmit={(values) => execute(values)}
      />
    </SecretDialog>
  );
}

export function EditWebhookDialog({ webhook }: { webhook: WebhookItem }) {
  const t = useTranslations("settings.webhooks");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { execute, result, isPending, reset } = useAction(updateWebhookAction, {
    onSuccess: () => {
      toast.success(t("saved"));
      setOpen(false);
      router.refresh();
    },
  });
  const { message, fields } = useActionFeedback(result);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" aria-label={t("editNamed", { url: webhook.url })}>
          <Pencil aria-hidden />
          {t("edit")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("editTitle")} description={webhook.url}>
        <WebhookForm
          initial={webhook}
          pending={isPending}
          message={message}
          fields={fields}
          onSubmit={(values) => execute({ webhookId: webhook.id, ...values })}
        />
      </DialogContent>
    </Dialog>
  );
}

export function DeleteWebhookButton({ webhook }: { webhook: WebhookItem }) {
  const t = useTranslations("settings.webhooks");
  const router = useRouter();
  const { executeAsync, result, isPending } = useAction(deleteWebhookAction);
  const { message } = useActionFeedback(result);
  return (
    <ConfirmDialog
      title={t("deleteTitle")}
      description={t("deleteDescription", { url: webhook.url })}
      confirmLabel={t("delete")}
      destructive
      pending={isPending}
      trigger={
        <Button variant="outline" size="sm" aria-label={t("deleteNamed", { url: webhook.url })}>
          <Trash2 aria-hidden />
          {t("delete")}
        </Button>
      }
      onConfirm={async () => {
        const done = await executeAsync({ webhookId: webhook.id });
        if (done?.serverError) return false;
        toast.success(t("deleted"));
        router.refresh();
        return true;
      }}
    >
      {message ? <Alert>{message}</Alert> : null}
    </ConfirmDialog>
  );
}

export function RedeliverButton({ deliveryId, label }: { deliveryId: number; label: string }) {
  const t = useTranslations("settings.webhooks");
  const router = useRouter();
  const { execute, isPending } = useAction(redeliverWebhookAction, {
    onSuccess: () => {
      toast.success(t("redelivering"));
      router.refresh();
    },
    onError: ({ error }) => toast.error(error.serverError?.message ?? t("redeliverFailed")),
  });
  return (
    <Button
      variant="outline"
      size="sm"
      disabled={isPending}
      aria-label={label}
      onClick={() => execute({ deliveryId })}
    >
      {t("redeliver")}
    </Button>
  );
}
