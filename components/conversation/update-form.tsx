"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useId, useState } from "react";
import { toast } from "sonner";
import { addTicketUpdateAction } from "@/app/actions/conversation";
import { ticketKeys } from "@/lib/tickets/query-keys";
import { errorProps, useActionFeedback } from "../forms/action-feedback";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Checkbox } from "../ui/checkbox";
import { FieldError, Label, Textarea } from "../ui/form-controls";
import { AttachControls } from "./attach-controls";
import { useUploads } from "./use-uploads";

/** A new entry in the service record; employees may mark it internal, customers add public ones. */
export function UpdateForm({
  ticketId,
  number,
  mayMarkInternal,
}: {
  ticketId: string;
  number: number;
  mayMarkInternal: boolean;
}) {
  const t = useTranslations("tickets.updates");
  const id = useId();
  const queryClient = useQueryClient();
  const [body, setBody] = useState("");
  const [internal, setInternal] = useState(false);
  const uploads = useUploads(number);
  const { execute, result, isPending, reset } = useAction(addTicketUpdateAction, {
    onSuccess: () => {
      setBody("");
      setInternal(false);
      uploads.clear();
      toast.success(t("added"));
      void queryClient.invalidateQueries({ queryKey: ticketKeys.detail(number) });
    },
  });
  const { message, fields } = useActionFeedback(result);
  return (
    <form
      className="mb-4 space-y-2 border-b border-border pb-4"
      onSubmit={(event) => {
        event.preventDefault();
        if (!isPending && !uploads.busy) {
          execute({
            ticketId,
            body,
            visibility: internal ? "internal" : "public",
            attachmentIds: uploads.ids,
          });
        }
      }}
    >
      {message && !fields.body ? <Alert>{message}</Alert> : null}
      <Label htmlFor={`${id}-body`}>{t("label")}</Label>
      <Textarea
        id={`${id}-body`}
        name="body"
        value={body}
        rows={2}
        maxLength={5000}
        placeholder={t("placeholder")}
        onChange={(event) => {
          setBody(event.target.value);
          if (result.validationErrors || result.serverError) reset();
        }}
        {...errorProps(`${id}-body`, fields.body)}
      />
      <FieldError id={`${id}-body-error`} messages={fields.body} />
      <AttachControls uploads={uploads} voice={false} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        {mayMarkInternal ? (
          <div className="flex items-center gap-2">
            <Checkbox
              id={`${id}-internal`}
              checked={internal}
              onCheckedChange={(checked) => setInternal(checked === true)}
              aria-describedby={`${id}-internal-hint`}
            />
            <label htmlFor={`${id}-internal`} className="text-sm">
              {t("internal")}
            </label>
            <span id={`${id}-internal-hint`} className="text-xs text-muted-foreground">
              {t("internalHint")}
            </span>
          </div>
        ) : (
          <span />
        )}
        <Button type="submit" variant="outline" disabled={isPending || uploads.busy}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
