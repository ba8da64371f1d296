"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import {
  STATUS_ACTION_TYPES,
  type StatusAction,
  type StatusActionType,
  TEMPLATE_PLACEHOLDERS,
} from "@/lib/workflow/status-actions";
import { errorProps, type FieldErrors } from "../../forms/action-feedback";
import { TextField } from "../../forms/text-field";
import { Checkbox } from "../../ui/checkbox";
import { FieldError, Label, Textarea } from "../../ui/form-controls";

/** What the editor holds: which actions are on, and the templates (kept while an action is off). */
export type ActionsDraft = {
  enabled: StatusActionType[];
  emailSubject: string;
  emailBody: string;
  smsBody: string;
};

export function draftOf(actions: readonly StatusAction[]): ActionsDraft {
  const email = actions.find((a) => a.type === "email_customer");
  const sms = actions.find((a) => a.type === "sms_customer");
  return {
    enabled: actions.map((a) => a.type),
    emailSubject: email?.subject ?? "",
    emailBody: email?.body ?? "",
    smsBody: sms?.body ?? "",
  };
}

function actionOf(type: StatusActionType, draft: ActionsDraft): StatusAction {
  switch (type) {
    case "email_customer":
      return { type, subject: draft.emailSubject, body: draft.emailBody };
    case "sms_customer":
      return { type, body: draft.smsBody };
    case "open_payment":
    case "write_off":
    case "calculate_pay":
      return { type };
  }
}

/** The actions to save, in the fixed order of STATUS_ACTION_TYPES. */
export function actionsOf(draft: ActionsDraft): StatusAction[] {
  return STATUS_ACTION_TYPES.filter((type) => draft.enabled.includes(type)).map((type) =>
    actionOf(type, draft),
  );
}

const PLACEHOLDERS = TEMPLATE_PLACEHOLDERS.map((p) => `{{${p}}}`).join(" ");
const code = (chunks: ReactNode) => <code className="text-foreground">{chunks}</code>;

/** Checkboxes for what entering the status does, with the customer message templates. */
export function StatusActionsEditor({
  uid,
  draft,
  onChange,
  fields,
  paymentNote,
}: {
  uid: string;
  draft: ActionsDraft;
  onChange: (draft: ActionsDraft) => void;
  fields: FieldErrors;
  /** Why this status cannot open the payment window; null when it can. */
  paymentNote: string | null;
}) {
  const t = useTranslations("settings.statuses");
  const root = useTranslations();
  const on = (type: StatusActionType) => draft.enabled.includes(type);
  const defaultTemplates = (type: StatusActionType, current: ActionsDraft): Partial<ActionsDraft> => {
    switch (type) {
      case "email_customer":
        return {
          emailSubject: current.emailSubject || t("templates.emailSubject"),
          emailBody: current.emailBody || t("templates.emailBody"),
        };
      case "sms_customer":
        return { smsBody: current.smsBody || t("templates.smsBody") };
      default:
        return {};
    }
  };
  const toggle = (type: StatusActionType, checked: boolean) =>
    onChange({
      ...draft,
      // Ticking a message action fills its empty templates with a starting text in the admin's language.
      ...(checked ? defaultTemplates(type, draft) : null),
      enabled: checked ? [...draft.enabled, type] : draft.enabled.filter((other) => other !== type),
    });
  const helpId = `${uid}-placeholders`;
  return (
    <fieldset className="space-y-2" aria-describedby={fields.actions ? `${uid}-actions-error` : undefined}>
      <legend className="text-sm font-medium text-foreground">{t("actions.legend")}</legend>
      <p className="text-xs text-muted-foreground">{t("actions.hint")}</p>
      <ul className="space-y-2">
        {STATUS_ACTION_TYPES.map((type) => (
          <li key={type} className="space-y-2">
            <div className="flex min-h-11 items-center gap-2 sm:min-h-0">
              <Checkbox
                id={`${uid}-action-${type}`}
                checked={on(type)}
                // Still clickable while on, so an action saved before the rule can be switched off.
                disabled={type === "open_payment" && paymentNote !== null && !on(type)}
                aria-describedby={type === "open_payment" && paymentNote ? `${uid}-payment-note` : undefined}
                onCheckedChange={(checked) => toggle(type, checked === true)}
              />
              <label
                htmlFor={`${uid}-action-${type}`}
                className="flex min-h-11 min-w-0 items-center text-sm sm:min-h-0"
              >
                {root(`workflow.actions.${type}`)}
              </label>
            </div>
            {type === "open_payment" && paymentNote ? (
              <p id={`${uid}-payment-note`} className="pl-7 text-xs text-muted-foreground sm:pl-6">
                {paymentNote}
              </p>
            ) : null}
            {type === "email_customer" && on(type) ? (
              <div className="space-y-2 border-l-2 border-border pl-4">
                <TextField
                  id={`${uid}-email-subject`}
                  label={t("actions.emailSubject")}
                  autoComplete="off"
                  maxLength={200}
                  value={draft.emailSubject}
                  onChange={(event) => onChange({ ...draft, emailSubject: event.target.value })}
                  errors={fields["actions.email_customer.subject"]}
                />
                <TemplateField
                  id={`${uid}-email-body`}
                  label={t("actions.emailBody")}
                  helpId={helpId}
                  value={draft.emailBody}
                  maxLength={5000}
                  onChange={(emailBody) => onChange({ ...draft, emailBody })}
                  errors={fields["actions.email_customer.body"]}
                />
              </div>
            ) : null}
            {type === "sms_customer" && on(type) ? (
              <div className="space-y-2 border-l-2 border-border pl-4">
                <TemplateField
                  id={`${uid}-sms-body`}
                  label={t("actions.smsBody")}
                  helpId={helpId}
                  value={draft.smsBody}
                  maxLength={480}
                  onChange={(smsBody) => onChange({ ...draft, smsBody })}
                  errors={fields["actions.sms_customer.body"]}
                />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <p id={helpId} className="text-xs break-words text-muted-foreground">
        {t.rich("actions.placeholders", { placeholders: PLACEHOLDERS, code })}
      </p>
      <FieldError id={`${uid}-actions-error`} messages={fields.actions} />
    </fieldset>
  );
}

function TemplateField({
  id,
  label,
  helpId,
  value,
  maxLength,
  onChange,
  errors,
}: {
  id: string;
  label: string;
  helpId: string;
  value: string;
  maxLength: number;
  onChange: (value: string) => void;
  errors?: readonly string[];
}) {
  const props = errorProps(id, errors);
  return (
    <div className="space-y-1">
      <Label htmlFor={id}>{label}</Label>
      <Textarea
        id={id}
        rows={3}
        className="min-h-20"
        value={value}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        {...props}
        aria-describedby={[props["aria-describedby"], helpId].filter(Boolean).join(" ")}
      />
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}
