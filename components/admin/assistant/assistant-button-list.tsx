"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { moveAssistantButtonAction, removeAssistantButtonAction } from "@/app/actions/flows";
import type { AssistantButtonRow } from "@/lib/flows/admin-queries";
import { actionFeedback, useActionFeedback } from "../../forms/action-feedback";
import { Alert } from "../../ui/alert";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "../../ui/dialog";
import { AssistantButtonDialog, type FlowChoice } from "./assistant-button-dialog";
import { AssistantIcon } from "./assistant-icon";

type Report = (message: string | null) => void;

/** The assistant's buttons in the order customers see them. */
export function AssistantButtonList({
  buttons,
  flows,
}: {
  buttons: AssistantButtonRow[];
  flows: FlowChoice[];
}) {
  const t = useTranslations("settings.assistant");
  const [problem, setProblem] = useState<string | null>(null);
  if (buttons.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-border px-4 py-6 text-sm text-muted-foreground">
        {t("empty")}
      </p>
    );
  }
  return (
    <div className="space-y-3">
      {problem ? <Alert>{problem}</Alert> : null}
      <ol
        aria-label={t("listLabel")}
        className="divide-y divide-border rounded-lg border border-border bg-card"
      >
        {buttons.map((button, index) => (
          <ButtonRow
            key={button.id}
            button={button}
            flows={flows}
            first={index === 0}
            last={index === buttons.length - 1}
            report={setProblem}
          />
        ))}
      </ol>
    </div>
  );
}

function ButtonRow({
  button,
  flows,
  first,
  last,
  report,
}: {
  button: AssistantButtonRow;
  flows: FlowChoice[];
  first: boolean;
  last: boolean;
  report: Report;
}) {
  const t = useTranslations();
  const router = useRouter();
  const move = useAction(moveAssistantButtonAction, {
    onSuccess: () => {
      report(null);
      router.refresh();
    },
    onError: ({ error }) => report(actionFeedback(error, t).message ?? t("errors.generic")),
  });
  const starts =
    button.target === "video_session"
      ? t("settings.assistant.startsVideo")
      : button.flowName
        ? t("settings.assistant.startsFlow", { flow: button.flowName })
        : t("settings.assistant.startsNothing");
  const hidden = button.target === "flow" && (button.flowArchived || !button.flowName);
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3">
      {/* At least 15rem wide: on a phone the buttons go below the label instead of squeezing it. */}
      <div className="flex min-w-0 flex-1 basis-60 items-center gap-3">
        <span
          aria-hidden
          className="flex size-9 shrink-0 items-center justify-center rounded-md border border-border bg-muted"
        >
          <AssistantIcon icon={button.icon} className="size-4" />
        </span>
        <div className="min-w-0 flex-1 space-y-0.5">
          <p className="font-medium break-words text-foreground">{button.label}</p>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted-foreground">
            <span className="min-w-0 break-words">{starts}</span>
            {hidden ? (
              <Badge tone="warning" className="whitespace-normal">
                {button.flowArchived ? t("settings.assistant.flowArchived") : t("settings.assistant.hidden")}
              </Badge>
            ) : null}
          </p>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-1">
        <Button
          variant="ghost"
          size="icon"
          aria-label={t("settings.assistant.moveUp")}
          title={t("settings.assistant.moveUp")}
          disabled={first || move.isPending}
          onClick={() => move.execute({ buttonId: button.id, direction: "up" })}
        >
          <ArrowUp aria-hidden />
        </Button>
        <Button
          variant="ghost"
          size="icon"
          aria-label={t("settings.assistant.moveDown")}
          title={t("settings.assistant.moveDown")}
          disabled={last || move.isPending}
          onClick={() => move.execute({ buttonId: button.id, direction: "down" })}
        >
          <ArrowDown aria-hidden />
        </Button>
        <AssistantButtonDialog button={button} flows={flows} />
        <RemoveButtonDialog button={button} onRemoved={() => report(null)} />
      </div>
    </li>
  );
}

function RemoveButtonDialog({ button, onRemoved }: { button: AssistantButtonRow; onRemoved: () => void }) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { execute, result, isPending, reset } = useAction(removeAssistantButtonAction, {
    onSuccess: () => {
      setOpen(false);
      onRemoved();
      toast.success(t("settings.assistant.removed", { label: button.label }));
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
          {t("settings.assistant.remove")}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={t("settings.assistant.removeDialog.title", { label: button.label })}
        description={t("settings.assistant.removeDialog.description")}
      >
        <div className="space-y-4">
          {message ? <Alert>{message}</Alert> : null}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <DialogClose asChild>
              <Button variant="outline">{t("common.cancel")}</Button>
            </DialogClose>
            <Button
              variant="destructive"
              disabled={isPending}
              onClick={() => execute({ buttonId: button.id })}
            >
              {t("settings.assistant.removeDialog.confirm")}
            </Button>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
