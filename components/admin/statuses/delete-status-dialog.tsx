"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { archiveStatusAction } from "@/app/actions/statuses";
import type { AdminStatus } from "@/lib/statuses/queries";
import { useActionFeedback } from "../../forms/action-feedback";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "../../ui/dialog";

/** Confirms first: deleting archives the status; tickets in it keep it until someone moves them. */
export function DeleteStatusDialog({
  status,
  onDeleted,
}: {
  status: AdminStatus;
  onDeleted: (name: string) => void;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { execute, result, isPending, reset } = useAction(archiveStatusAction, {
    onSuccess: ({ data }) => {
      setOpen(false);
      onDeleted(data.name);
      router.refresh();
    },
  });
  const { message } = useActionFeedback(result);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" className="text-destructive">
          {t("common.delete")}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={t("settings.statuses.delete.title", { name: status.name })}
        description={t("settings.statuses.delete.description")}
      >
        <div className="space-y-4">
          {message ? <Alert>{message}</Alert> : null}
          <p className="text-sm text-muted-foreground">
            {t("settings.statuses.delete.kept", { count: status.ticketCount })}{" "}
            {t("settings.statuses.delete.filter")}
          </p>
          <div className="flex flex-wrap justify-end gap-2">
            <DialogClose asChild>
              <Button variant="outline">{t("common.cancel")}</Button>
            </DialogClose>
            <Button
              variant="destructive"
              disabled={isPending}
              onClick={() => execute({ statusId: status.id })}
            >
              {t("settings.statuses.delete.confirm")}
            </Button>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
