"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useId, useState } from "react";
import { toast } from "sonner";
import { createStatusAction, updateStatusAction } from "@/app/actions/statuses";
import type { AdminStatus } from "@/lib/statuses/queries";
import {
  categoryMoveRefusal,
  createStatusSchema,
  STATUS_LIMIT_MESSAGE,
  statusFieldErrors,
  updateStatusSchema,
} from "@/lib/statuses/schemas";
import { paymentWindowRefusal } from "@/lib/workflow/status-actions";
import {
  CATEGORY_LABELS,
  CUSTOM_STATUS_CATEGORIES,
  type TicketCategory,
} from "@/lib/workflow/ticket-categories";
import { actionFeedback, errorProps, type FieldErrors } from "../../forms/action-feedback";
import { TextField } from "../../forms/text-field";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "../../ui/dialog";
import { FieldError, Label, NativeSelect } from "../../ui/form-controls";
import { type ActionsDraft, actionsOf, draftOf, StatusActionsEditor } from "./status-actions-editor";

const NEW_COLOR = "#0ea5e9";
const LOCAL_MESSAGE = "Please correct the highlighted fields.";

type Values = { name: string; category: TicketCategory; color: string; actions: ActionsDraft };

/** Button "New status" and its dialog. At the limit it still opens, and says why saving will fail. */
export function NewStatusDialog({ atLimit }: { atLimit: boolean }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const action = useAction(createStatusAction, {
    onSuccess: ({ data }) => {
      toast.success(`Status "${data.name}" created`);
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
          New status
        </Button>
      </DialogTrigger>
      <DialogContent
        title="New status"
        description="It is added at the end of its category and can be chosen in the Change status menu."
        className="max-h-[90vh] max-w-lg overflow-y-auto"
      >
        {atLimit && !action.result.serverError ? (
          <Alert tone="warning" className="mb-4">
            {STATUS_LIMIT_MESSAGE}
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
  note: string | null;
} {
  const allowed = CUSTOM_STATUS_CATEGORIES.filter((c) => categoryMoveRefusal(status, c) === null);
  if (allowed.some((c) => c !== status.category)) return { categories: allowed, note: null };
  return {
    categories: [status.category],
    note: status.isSystem
      ? "System statuses always stay in their own category."
      : `Statuses in ${CATEGORY_LABELS[status.category]} cannot move to another category.`,
  };
}

/** Button "Edit" of a status row: the same form, filled in. */
export function EditStatusDialog({ status }: { status: AdminStatus }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const action = useAction(updateStatusAction, {
    onSuccess: ({ data }) => {
      toast.success(`Status "${data.name}" saved`);
      setOpen(false);
      router.refresh();
    },
  });
  const { categories, note } = categoryChoices(status);
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
          Edit
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Edit ${status.name}`}
        description={
          status.ticketCount > 0
            ? `Changes apply at once to the ${status.ticketCount === 1 ? "ticket" : `${status.ticketCount} tickets`} in this status.`
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
          categoryNote={note}
          paymentNote={paymentWindowRefusal(status)}
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
  onSubmit: (values: Values) => Record<string, string[]> | null;
}) {
  const uid = useId();
  const [values, setValues] = useState<Values>(initial);
  // Problems found in the browser; cleared when the form is sent, so the server's answer shows.
  const [local, setLocal] = useState<FieldErrors | null>(null);
  const server = actionFeedback(result);
  const message = local ? LOCAL_MESSAGE : server.message;
  const fields = local ?? server.fields;
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        setLocal(onSubmit(values));
      }}
    >
      {message ? <Alert>{message}</Alert> : null}
      <TextField
        id={`${uid}-name`}
        name="name"
        label="Name"
        autoComplete="off"
        required
        maxLength={60}
        value={values.name}
        onChange={(event) => set({ name: event.target.value })}
        errors={fields.name}
      />
      <div className="space-y-1">
        <Label htmlFor={`${uid}-category`}>Category</Label>
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
              {CATEGORY_LABELS[category]}
            </option>
          ))}
        </NativeSelect>
        {categoryNote ? (
          <p id={`${uid}-category-note`} className="text-xs text-slate-500">
            {categoryNote}
          </p>
        ) : (
          <p className="text-xs text-slate-500">
            Custom statuses can move between the working categories and Done; Closed ones stay closed.
          </p>
        )}
        <FieldError id={`${uid}-category-error`} messages={fields.category} />
      </div>
      <div className="space-y-1">
        <Label htmlFor={`${uid}-color`}>Color</Label>
        <div className="flex items-center gap-3">
          <input
            id={`${uid}-color`}
            name="color"
            type="color"
            className="h-9 w-14 cursor-pointer rounded-md border border-slate-300 bg-white p-1"
            value={values.color}
            onChange={(event) => set({ color: event.target.value })}
            {...errorProps(`${uid}-color`, fields.color)}
          />
          <span className="font-mono text-sm text-slate-600">{values.color}</span>
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
      <div className="flex justify-end gap-2">
        <DialogClose asChild>
          <Button type="button" variant="outline">
            Cancel
          </Button>
        </DialogClose>
        <Button type="submit" variant="primary" disabled={pending}>
          Save
        </Button>
      </div>
    </form>
  );
}
