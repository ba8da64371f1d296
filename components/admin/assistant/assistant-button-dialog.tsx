"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useId, useState } from "react";
import { toast } from "sonner";
import { saveAssistantButtonAction } from "@/app/actions/flows";
import type { AssistantButtonRow } from "@/lib/flows/admin-queries";
import {
  ASSISTANT_ICONS,
  ASSISTANT_TARGETS,
  type AssistantTarget,
  type AssistantIcon as IconName,
} from "@/lib/flows/flow-input-types";
import { errorProps, useActionFeedback } from "../../forms/action-feedback";
import { TextField } from "../../forms/text-field";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "../../ui/dialog";
import { FieldError, Label, NativeSelect } from "../../ui/form-controls";
import { AssistantIcon } from "./assistant-icon";

export type FlowChoice = { id: string; name: string };

type Values = { label: string; icon: IconName; target: AssistantTarget; flowId: string };

/** "New action button", or a row's "Edit": the same form in a dialog. */
export function AssistantButtonDialog({
  button,
  flows,
}: {
  button?: AssistantButtonRow;
  flows: FlowChoice[];
}) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const action = useAction(saveAssistantButtonAction, {
    onSuccess: ({ input }) => {
      const label = input.label.trim();
      toast.success(t(button ? "settings.assistant.saved" : "settings.assistant.created", { label }));
      setOpen(false);
      router.refresh();
    },
  });
  // An archived flow is no choice any more: the admin picks another one.
  const flowId = button?.flowId && flows.some((f) => f.id === button.flowId) ? button.flowId : "";
  const initial: Values = button
    ? { label: button.label, icon: button.icon, target: button.target, flowId }
    : { label: "", icon: "wrench", target: "flow", flowId: "" };
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          action.reset();
          setFormKey((k) => k + 1);
        }
      }}
    >
      <DialogTrigger asChild>
        {button ? (
          <Button variant="outline" size="sm">
            {t("common.edit")}
          </Button>
        ) : (
          <Button variant="primary">
            <Plus aria-hidden />
            {t("settings.assistant.newButton")}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent
        title={
          button
            ? t("settings.assistant.form.editTitle", { label: button.label })
            : t("settings.assistant.form.newTitle")
        }
        description={button ? undefined : t("settings.assistant.form.newDescription")}
        className="max-w-lg"
      >
        <ButtonForm
          key={formKey}
          initial={initial}
          archivedFlow={button?.flowArchived ? button.flowName : null}
          flows={flows}
          result={action.result}
          pending={action.isPending}
          onSubmit={(values) =>
            action.execute({
              buttonId: button?.id ?? null,
              label: values.label,
              icon: values.icon,
              target: values.target,
              flowId: values.target === "flow" && values.flowId ? values.flowId : null,
            })
          }
        />
      </DialogContent>
    </Dialog>
  );
}

function ButtonForm({
  initial,
  archivedFlow,
  flows,
  result,
  pending,
  onSubmit,
}: {
  initial: Values;
  /** The name of the archived flow the button starts now, if it does. */
  archivedFlow: string | null;
  flows: FlowChoice[];
  result: Parameters<typeof useActionFeedback>[0];
  pending: boolean;
  onSubmit: (values: Values) => void;
}) {
  const t = useTranslations();
  const uid = useId();
  const [values, setValues] = useState(initial);
  const { message, fields } = useActionFeedback(result);
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const flowNote = archivedFlow
    ? t("settings.assistant.form.flowArchived", { flow: archivedFlow })
    : flows.length === 0
      ? t("settings.assistant.form.noFlows")
      : null;
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(values);
      }}
    >
      {message ? <Alert>{message}</Alert> : null}
      <TextField
        id={`${uid}-label`}
        label={t("settings.assistant.form.label")}
        hint={t("settings.assistant.form.labelHint")}
        autoComplete="off"
        required
        maxLength={60}
        value={values.label}
        onChange={(event) => set({ label: event.target.value })}
        errors={fields.label}
      />
      <div className="space-y-1">
        <Label htmlFor={`${uid}-icon`}>{t("settings.assistant.form.icon")}</Label>
        <div className="flex items-center gap-3">
          <span
            aria-hidden
            className="flex size-11 shrink-0 items-center justify-center rounded-md border border-border bg-muted sm:size-9"
          >
            <AssistantIcon icon={values.icon} className="size-5" />
          </span>
          <NativeSelect
            id={`${uid}-icon`}
            value={values.icon}
            onChange={(event) => set({ icon: event.target.value as IconName })}
            {...errorProps(`${uid}-icon`, fields.icon)}
          >
            {ASSISTANT_ICONS.map((icon) => (
              <option key={icon} value={icon}>
                {t(`settings.assistant.icons.${icon}`)}
              </option>
            ))}
          </NativeSelect>
        </div>
        <FieldError id={`${uid}-icon-error`} messages={fields.icon} />
      </div>
      <div className="space-y-1">
        <Label htmlFor={`${uid}-target`}>{t("settings.assistant.form.target")}</Label>
        <NativeSelect
          id={`${uid}-target`}
          value={values.target}
          onChange={(event) => set({ target: event.target.value as AssistantTarget })}
          {...errorProps(`${uid}-target`, fields.target)}
        >
          {ASSISTANT_TARGETS.map((target) => (
            <option key={target} value={target}>
              {t(`settings.assistant.targets.${target}`)}
            </option>
          ))}
        </NativeSelect>
        <FieldError id={`${uid}-target-error`} messages={fields.target} />
      </div>
      {values.target === "flow" ? (
        <div className="space-y-1">
          <Label htmlFor={`${uid}-flow`}>{t("settings.assistant.form.flow")}</Label>
          <NativeSelect
            id={`${uid}-flow`}
            value={values.flowId}
            onChange={(event) => set({ flowId: event.target.value })}
            {...errorProps(`${uid}-flow`, fields.flowId)}
            aria-describedby={
              [fields.flowId?.length ? `${uid}-flow-error` : null, flowNote ? `${uid}-flow-note` : null]
                .filter(Boolean)
                .join(" ") || undefined
            }
          >
            <option value="">{t("settings.assistant.form.chooseFlow")}</option>
            {flows.map((flow) => (
              <option key={flow.id} value={flow.id}>
                {flow.name}
              </option>
            ))}
          </NativeSelect>
          {flowNote ? (
            <p id={`${uid}-flow-note`} className="text-xs text-muted-foreground">
              {flowNote}
            </p>
          ) : null}
          <FieldError id={`${uid}-flow-error`} messages={fields.flowId} />
        </div>
      ) : (
        <p className="text-xs text-muted-foreground">{t("settings.assistant.form.videoHint")}</p>
      )}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <DialogClose asChild>
          <Button type="button" variant="outline">
            {t("common.cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" variant="primary" disabled={pending}>
          {t("common.save")}
        </Button>
      </div>
    </form>
  );
}
