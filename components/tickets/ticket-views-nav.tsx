"use client";

import { Trash2 } from "lucide-react";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useId, useState } from "react";
import { toast } from "sonner";
import { createTicketViewAction, deleteTicketViewAction } from "@/app/actions/tickets";
import type { ViewItem } from "@/lib/ticket-views/queries";
import type { ViewCount } from "@/lib/tickets/count-ticket-view";
import { cn } from "@/lib/ui/cn";
import { useActionFeedback } from "../forms/action-feedback";
import { TextField } from "../forms/text-field";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Dialog, DialogContent, DialogTrigger } from "../ui/dialog";

/**
 * Saved views: the built-in ones and the employee's own, each with its count (streamed in after
 * the list). A sidebar on wide screens, a row of chips above the list on narrow ones.
 */
export function TicketViewsNav({
  views,
  counts,
  current,
}: {
  views: ViewItem[];
  counts: (ViewCount | null)[] | null;
  current: string;
}) {
  const t = useTranslations("tickets.views");
  const format = useFormatter();
  const name = (view: ViewItem) => (view.kind === "built_in" ? t(`builtIn.${view.key}`) : view.name);
  const countText = (count: ViewCount | null | undefined) =>
    !count ? null : count.capped ? `${format.number(count.count)}+` : format.number(count.count);
  const isCurrent = views.some((view) => view.query === current);

  return (
    <aside className="mb-4 min-w-0 lg:mb-0">
      <nav aria-label={t("label")}>
        <h2 className="mb-2 hidden text-xs font-semibold tracking-wide text-muted-foreground uppercase lg:block">
          {t("label")}
        </h2>
        <ul className="-mx-3 flex gap-1 overflow-x-auto px-3 pb-1 lg:mx-0 lg:flex-col lg:overflow-visible lg:px-0">
          {views.map((view, index) => {
            const active = view.query === current;
            const count = countText(counts?.[index]);
            return (
              <li key={view.kind === "built_in" ? view.key : view.id} className="flex shrink-0 items-center">
                <Link
                  href={view.query ? `/tickets?${view.query}` : "/tickets"}
                  aria-current={active ? "page" : undefined}
                  className={cn(
                    "flex min-h-11 flex-1 items-center justify-between gap-3 rounded-md border border-border px-3 text-sm whitespace-nowrap hover:bg-accent lg:min-h-9 lg:border-0",
                    active && "border-primary bg-primary-soft font-medium text-primary-soft-foreground",
                  )}
                >
                  <span className="truncate">{name(view)}</span>
                  {count !== null ? (
                    <span className="text-xs text-muted-foreground tabular-nums">{count}</span>
                  ) : null}
                </Link>
                {view.kind === "own" ? <DeleteViewButton id={view.id} name={view.name} /> : null}
              </li>
            );
          })}
        </ul>
      </nav>
      {isCurrent ? null : <SaveViewButton />}
    </aside>
  );
}

function SaveViewButton() {
  const t = useTranslations("tickets.views");
  const router = useRouter();
  const search = useSearchParams();
  const uid = useId();
  const [open, setOpen] = useState(false);
  const { execute, result, isPending, reset } = useAction(createTicketViewAction, {
    onSuccess: ({ data }) => {
      setOpen(false);
      router.refresh();
      toast.success(t("saved", { name: data.name }));
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
        <Button variant="ghost" size="sm" className="mt-2 w-full justify-start text-link">
          {t("save")}
        </Button>
      </DialogTrigger>
      <DialogContent title={t("saveTitle")} description={t("saveDescription")}>
        <form
          noValidate
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            const name = String(new FormData(event.currentTarget).get("name") ?? "");
            execute({ name, query: search.toString() });
          }}
        >
          {message ? <Alert>{message}</Alert> : null}
          <TextField
            id={`${uid}-name`}
            name="name"
            label={t("name")}
            maxLength={60}
            required
            errors={fields.name}
          />
          <div className="flex justify-end">
            <Button type="submit" variant="primary" disabled={isPending}>
              {t("saveSubmit")}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function DeleteViewButton({ id, name }: { id: string; name: string }) {
  const t = useTranslations("tickets.views");
  const router = useRouter();
  const { executeAsync, isPending } = useAction(deleteTicketViewAction);
  return (
    <ConfirmDialog
      title={t("deleteTitle", { name })}
      description={t("deleteDescription")}
      confirmLabel={t("deleteConfirm")}
      destructive
      pending={isPending}
      onConfirm={async () => {
        const result = await executeAsync({ viewId: id });
        if (result?.serverError) {
          toast.error(result.serverError.message);
          return false;
        }
        router.refresh();
        toast.success(t("deleted", { name }));
        return true;
      }}
      trigger={
        <Button
          variant="ghost"
          size="icon"
          aria-label={t("deleteLabel", { name })}
          title={t("deleteLabel", { name })}
        >
          <Trash2 aria-hidden />
        </Button>
      }
    />
  );
}
