"use client";

import { Plus } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { archiveFlowAction } from "@/app/actions/flows";
import type { FlowSummary } from "@/lib/flows/admin-queries";
import { useActionFeedback } from "../../forms/action-feedback";
import { Alert } from "../../ui/alert";
import { Badge } from "../../ui/badge";
import { Button, buttonVariants } from "../../ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "../../ui/dialog";

/** A flow of the list, with the version archiving it must name. */
export type ListedFlow = FlowSummary;

/** "New flow": the editor is a page of its own. */
export function NewFlowButton() {
  const t = useTranslations("settings.flows");
  const router = useRouter();
  return (
    <Button type="button" variant="primary" onClick={() => router.push("/settings/flows/new")}>
      <Plus aria-hidden />
      {t("newButton")}
    </Button>
  );
}

/** The active flows, the default first, then the archived ones. */
export function FlowList({ flows }: { flows: ListedFlow[] }) {
  const t = useTranslations("settings.flows");
  const active = flows.filter((f) => !f.archived);
  const archived = flows.filter((f) => f.archived);
  return (
    <div className="space-y-6">
      <section aria-labelledby="flows-active" className="space-y-2">
        <h3 id="flows-active" className="text-base font-semibold text-foreground">
          {t("activeHeading")}
        </h3>
        <ul className="divide-y divide-border rounded-lg border border-border bg-card">
          {active.map((flow) => (
            <li key={flow.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
              <FlowFacts flow={flow} />
              <div className="flex flex-wrap items-center gap-2">
                <Link
                  href={`/settings/flows/${flow.id}`}
                  className={buttonVariants({ variant: "outline", size: "sm" })}
                >
                  {t("edit")}
                </Link>
                <Link
                  href={`/settings/flows/${flow.id}/preview`}
                  className={buttonVariants({ variant: "outline", size: "sm" })}
                >
                  {t("previewAction")}
                </Link>
                <ArchiveFlowDialog flow={flow} />
              </div>
            </li>
          ))}
        </ul>
      </section>
      {archived.length > 0 ? (
        <section aria-labelledby="flows-archived" className="space-y-2">
          <div className="space-y-1">
            <h3 id="flows-archived" className="text-base font-semibold text-foreground">
              {t("archivedHeading")}
            </h3>
            <p className="text-sm text-muted-foreground">{t("archivedHint")}</p>
          </div>
          <ul className="divide-y divide-border rounded-lg border border-border bg-muted">
            {archived.map((flow) => (
              <li key={flow.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
                <FlowFacts flow={flow} />
                <Link
                  href={`/settings/flows/${flow.id}/preview`}
                  className={buttonVariants({ variant: "outline", size: "sm" })}
                >
                  {t("previewAction")}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function FlowFacts({ flow }: { flow: ListedFlow }) {
  const t = useTranslations("settings.flows");
  // At least 15rem wide: on a phone the buttons go below the facts instead of squeezing them.
  return (
    <div className="min-w-0 flex-1 basis-60 space-y-1">
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <span
          className={`min-w-0 font-medium break-words ${flow.archived ? "text-muted-foreground" : "text-foreground"}`}
        >
          {flow.name}
        </span>
        {flow.isDefault ? <Badge tone="info">{t("badges.default")}</Badge> : null}
        {flow.archived ? <Badge>{t("badges.archived")}</Badge> : null}
      </div>
      <p className="text-sm text-muted-foreground">
        {[
          t("steps", { count: flow.steps }),
          t("tickets", { count: flow.tickets }),
          t(`scope.${flow.assetScope}`),
        ].join(" · ")}
      </p>
    </div>
  );
}

/** Confirms first; the verb refuses to archive the last active flow, and the dialog says so. */
function ArchiveFlowDialog({ flow }: { flow: ListedFlow }) {
  const t = useTranslations("settings.flows");
  const common = useTranslations("common");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { execute, result, isPending, reset } = useAction(archiveFlowAction, {
    onSuccess: () => {
      setOpen(false);
      toast.success(t("archived", { name: flow.name }));
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
          {t("archive")}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={t("archiveDialog.title", { name: flow.name })}
        description={t("archiveDialog.description")}
      >
        <div className="space-y-4">
          {message ? <Alert>{message}</Alert> : null}
          <p className="text-sm text-muted-foreground">
            {t("archiveDialog.kept", { count: flow.tickets })}
            {flow.isDefault ? ` ${t("archiveDialog.default")}` : null}
          </p>
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <DialogClose asChild>
              <Button variant="outline">{common("cancel")}</Button>
            </DialogClose>
            <Button
              variant="destructive"
              disabled={isPending}
              onClick={() => execute({ flowId: flow.id, version: flow.version })}
            >
              {t("archiveDialog.confirm")}
            </Button>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
