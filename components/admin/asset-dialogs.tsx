"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useId, useState } from "react";
import { toast } from "sonner";
import { createAssetAction, updateAssetAction } from "@/app/actions/assets";
import { useActionFeedback } from "../forms/action-feedback";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Dialog, DialogContent, DialogTrigger } from "../ui/dialog";
import { AssetFields, type EmployeeChoice } from "./asset-fields";

export function NewAssetDialog({ employees }: { employees: EmployeeChoice[] }) {
  const t = useTranslations();
  const router = useRouter();
  const uid = useId();
  const [open, setOpen] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const { execute, result, isPending, reset } = useAction(createAssetAction, {
    onSuccess: ({ data }) => {
      toast.success(t("settings.assets.new.created", { name: data.name, code: data.accessCode }));
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
        if (next) {
          reset();
          setSelected([]);
        }
      }}
    >
      <DialogTrigger asChild>
        <Button variant="primary">
          <Plus aria-hidden />
          {t("settings.assets.new.button")}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={t("settings.assets.new.title")}
        description={t("settings.assets.new.description")}
      >
        <form
          noValidate
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            const name = String(new FormData(event.currentTarget).get("name") ?? "");
            execute({ name, responsibleIds: selected });
          }}
        >
          {message ? <Alert>{message}</Alert> : null}
          <AssetFields
            uid={uid}
            employees={employees}
            selected={selected}
            onSelectedChange={setSelected}
            fields={fields}
          />
          <div className="flex justify-end">
            <Button type="submit" variant="primary" disabled={isPending}>
              {t("common.create")}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}

export function EditAssetDialog({
  asset,
  employees,
}: {
  asset: { id: string; name: string; responsibleIds: string[] };
  employees: EmployeeChoice[];
}) {
  const t = useTranslations();
  const router = useRouter();
  const uid = useId();
  const [open, setOpen] = useState(false);
  // Only active employees can be chosen: a disabled one drops out when the admin saves.
  const initial = () => asset.responsibleIds.filter((id) => employees.some((e) => e.id === id));
  const [selected, setSelected] = useState<string[]>(initial);
  const { execute, result, isPending, reset } = useAction(updateAssetAction, {
    onSuccess: ({ data }) => {
      toast.success(t("settings.assets.edit.saved", { name: data.name }));
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
        if (next) {
          reset();
          setSelected(initial());
        }
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          {t("common.edit")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("settings.assets.edit.title", { name: asset.name })}>
        <form
          noValidate
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            const name = String(new FormData(event.currentTarget).get("name") ?? "");
            execute({ assetId: asset.id, name, responsibleIds: selected });
          }}
        >
          {message ? <Alert>{message}</Alert> : null}
          <AssetFields
            uid={uid}
            employees={employees}
            defaultName={asset.name}
            selected={selected}
            onSelectedChange={setSelected}
            fields={fields}
          />
          <div className="flex justify-end">
            <Button type="submit" variant="primary" disabled={isPending}>
              {t("common.save")}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
