"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { regenerateAssetCodeAction } from "@/app/actions/assets";
import { useActionFeedback } from "../forms/action-feedback";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "../ui/dialog";

/** Confirms first: the old code stops working at once (customers already linked stay linked). */
export function RegenerateCodeDialog({ asset }: { asset: { id: string; name: string } }) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { execute, result, isPending, reset } = useAction(regenerateAssetCodeAction, {
    onSuccess: ({ data }) => {
      toast.success(t("settings.assets.regenerate.done", { name: asset.name, code: data.accessCode }));
      setOpen(false);
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
        <Button variant="outline" size="sm">
          {t("settings.assets.regenerate.button")}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={t("settings.assets.regenerate.title", { name: asset.name })}
        description={t("settings.assets.regenerate.description")}
      >
        {message ? <Alert className="mb-4">{message}</Alert> : null}
        <div className="flex flex-wrap justify-end gap-2">
          <DialogClose asChild>
            <Button variant="outline">{t("common.cancel")}</Button>
          </DialogClose>
          <Button variant="destructive" disabled={isPending} onClick={() => execute({ assetId: asset.id })}>
            {t("settings.assets.regenerate.confirm")}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
