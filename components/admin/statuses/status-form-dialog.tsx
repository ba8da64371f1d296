"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useId, useState } from "react";
import { toast } from "sonner";
import { createStatusAction, updateStatusAction } from "@/app/actions/statuses";
import { type Msg, msg, renderMsg } from "@/lib/i18n/msg";
import type { AdminStatus } from "@/lib/statuses/queries";
import {
  categoryMoveRefusal,
  createStatusSchema,
  STATUS_LIMIT_MESSAGE,
  statusFieldErrors,
  updateStatusSchema,
} from "@/lib/statuses/schemas";
import { paymentWindowRefusal } from "@/lib/workflow/status-actions";
import { CUSTOM_STATUS_CATEGORIES, type TicketCategory } from "@/lib/workflow/ticket-categories";
import {
  type actionFeedback,
  errorProps,
  type FieldErrors,
  useActionFeedback,
} from "../../forms/action-feedback";
import { TextField } from "../../forms/text-field";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "../../ui/dialog";
import { FieldError, Label, NativeSelect } from "../../ui/form-controls";
import { type ActionsDraft, actionsOf, draftOf, StatusActionsEditor } from "./status-actions-editor";

const NEW_COLOR = "#0ea5e9";

type Values = { name: string; category: TicketCategory; color: string; actions: ActionsDraft };

/** Button "New status" and its dialog. At the limit it still opens, and says why saving will fail. */
export function NewStatusDialog({ atLimit }: { atLimit: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const action = useAction(createStatusAction, {
    onSuccess: ({ data }) => {
      toast.success(t("settings.statuses.created", { name: data.name }));
      setOpen(false);
      router.refresh();
    },
  });
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
        <Button variant="primary">
          <Plus aria-hidden />
          {t("settings.statuses.form.newButton")}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={t("settings.statuses.form.newTitle")}
        description={t("settings.statuses.form.newDescription")}
        className="max-h-[90vh] max-w-lg overflow-y-auto"
      >
        {atLimit && !action.result.serverError ? (
          <Alert tone="warning" className="mb-4">
            {renderMsg(t, STATUS_LIMIT_MESSAGE)}
          </Alert>
        ) : null}
        <StatusForm
          key={formKey}
          initial={{ name: "", category: "in_progress", color: NEW_COLOR, actions: draftOf([]) }}
          categories={CUSTOM_STATUS_CATEGORIES}
          categoryNote={null}
          paymentNote={null}
          result={action.result}
          pending={action.isPending}
          onSubmit={(values) => {
            const input = {
              name: values.name,
              category: values.category,
              color: values.color,
              actions: actionsOf(values.actions),
            };
            const problems = statusFieldErrors(createStatusSchema, input);
            if (!problems) action.execute(input);
            return problems;
          }}
        />
      </DialogContent>
    </Dialog>
  );
}

/** The categories an existing status may be saved in, and why there is no other choice. */
function categoryChoices(status: AdminStatus): {
  categories: readonly TicketCategory[];
  note: Msg | null;
} {
  const allowed = CUSTOM_STATUS_CATEGORIES.filter((c) => categoryMoveRefusal(status, c) === null);
  if (allowed.some((c) => c !== status.category)) return { categories: allowed, note: null };
  return {
    categories: [status.category],
    note: status.isSystem
      ? msg("settings.statuses.form.systemFixed")
      : msg("settings.statuses.form.closedFixed", {
          category: msg(`workflow.categories.${status.category}`),
        }),
  };
}

/** Button "Edit" of a status row: the same form, filled in. */
export function EditStatusDialog({ status }: { status: AdminStatus }) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const action = useAction(updateStatusAction, {
    onSuccess: ({ data }) => {
      toast.success(t("settings.statuses.saved", { name: data.name }));
      setOpen(false);
      router.refresh();
    },
  });
  const { categories, note } = categoryChoices(status);
  const paymentNote = paymentWindowRefusal(status);
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
        <Button variant="outline" size="sm">
          {t("common.edit")}
        </Button>
      </DialogTrigger>
      <DialogContent
        title={t("settings.statuses.form.editTitle", { name: status.name })}
        description={
          status.ticketCount > 0
            ? t("settings.statuses.form.editDescription", { count: status.ticketCount })
            : undefined
        }
        className="max-h-[90vh] max-w-lg overflow-y-auto"
      >
        <StatusForm
          key={formKey}
          initial={{
            name: status.name,
            category: status.category,
            color: status.color,
            actions: draftOf(status.actions),
          }}
          categories={categories}
          categoryNote={note ? renderMsg(t, note) : null}
          paymentNote={paymentNote ? renderMsg(t, paymentNote) : null}
          result={action.result}
          pending={action.isPending}
          onSubmit={(values) => {
            const input = {
              statusId: status.id,
              name: values.name,
              color: values.color,
              category: values.category,
              actions: actionsOf(values.actions),
            };
            const problems = statusFieldErrors(updateStatusSchema, input);
            if (!problems) action.execute(input);
            return problems;
          }}
        />
      </DialogContent>
    </Dialog>
  );
}

function StatusForm({
  initial,
  categories,
  categoryNote,
  paymentNote,
  result,
  pending,
  onSubmit,
}: {
  initial: Values;
  categories: readonly TicketCategory[];
  /** Set when the category cannot change: the select is disabled and this says why. */
  categoryNote: string | null;
  paymentNote: string | null;
  result: Parameters<typeof actionFeedback>[0];
  pending: boolean;
  /** Checks and sends; returns the problems found before sending, if any. */
  onSubmit: (values: Values) => Record<string, Msg[]> | null;
}) {
  const t = useTranslations();
  const uid = useId();
  const [values, setValues] = useState<Values>(initial);
  // Problems found in the browser; cleared when the form is sent, so the server's answer shows.
  const [local, setLocal] = useState<FieldErrors | null>(null);
  const server = useActionFeedback(result);
  const message = local ? t("errors.correctFields") : server.message;
  const fields = local ?? server.fields;
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const problems = onSubmit(values);
        setLocal(
          problems
            ? Object.fromEntries(
                Object.entries(problems).map(([key, msgs]) => [key, msgs.map((m) => renderMsg(t, m))]),
              )
            : null,
        );
      }}
    >
      {message ? <Alert>{message}</Alert> : null}
      <TextField
        id={`${uid}-name`}
        name="name"
        label={t("settings.statuses.form.name")}
        autoComplete="off"
        required
        maxLength={60}
        value={values.name}
        onChange={(event) => set({ name: event.target.value })}
        errors={fields.name}
      />
      <div className="space-y-1">
        <Label htmlFor={`${uid}-category`}>{t("settings.statuses.form.category")}</Label>
        <NativeSelect
          id={`${uid}-category`}
          name="category"
          value={values.category}
          disabled={categoryNote !== null}
          onChange={(event) => set({ category: event.target.value as TicketCategory })}
          {...errorProps(`${uid}-category`, fields.category)}
          aria-describedby={
            [
              fields.category?.length ? `${uid}-category-error` : null,
              categoryNote ? `${uid}-category-note` : null,
            ]
              .filter(Boolean)
              .join(" ") || undefined
          }
        >
          {categories.map((category) => (
            <option key={category} value={category}>
              {t(`workflow.categories.${category}`)}
            </option>
          ))}
        </NativeSelect>
        {categoryNote ? (
          <p id={`${uid}-category-note`} className="text-xs text-muted-foreground">
            {categoryNote}
          </p>
        ) : (
          <p className="text-xs text-muted-foreground">{t("settings.statuses.form.categoryHint")}</p>
        )}
        <FieldError id={`${uid}-category-error`} messages={fields.category} />
      </div>
      <div className="space-y-1">
        <Label htmlFor={`${uid}-color`}>{t("settings.statuses.form.color")}</Label>
        <div className="flex items-center gap-3">
          <input
            id={`${uid}-color`}
            name="color"
            type="color"
            className="h-11 w-16 cursor-pointer rounded-md border border-input bg-card p-1 sm:h-9 sm:w-14"
            value={values.color}
            onChange={(event) => set({ color: event.target.value })}
            {...errorProps(`${uid}-color`, fields.color)}
          />
          <span className="font-mono text-sm text-muted-foreground">{values.color}</span>
        </div>
        <FieldError id={`${uid}-color-error`} messages={fields.color} />
      </div>
      <StatusActionsEditor
        uid={uid}
        draft={values.actions}
        onChange={(actions) => set({ actions })}
        fields={fields}
        paymentNote={paymentNote}
      />
      <div className="flex flex-wrap justify-end gap-2">
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
