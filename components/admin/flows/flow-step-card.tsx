"use client";

import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import {
  FLOW_INPUT_TYPES,
  type FlowInputType,
  hasOptions,
  MAX_FILES_PER_STEP,
} from "@/lib/flows/flow-input-types";
import { errorProps, type FieldErrors } from "../../forms/action-feedback";
import { TextField } from "../../forms/text-field";
import { Button } from "../../ui/button";
import { Checkbox } from "../../ui/checkbox";
import { FieldError, Label, NativeSelect, Textarea } from "../../ui/form-controls";

/** One step as the editor holds it: options as the admin types them, one per line. */
export type StepDraft = {
  /** Stable React key, also for new steps that have no id yet. */
  key: number;
  id: string | null;
  question: string;
  help: string;
  inputType: FlowInputType;
  required: boolean;
  optionsText: string;
};

export const linesOf = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** One step of the flow editor: its question, help, input type, options and place. */
export function StepCard({
  step,
  index,
  count,
  idOf,
  fields,
  onChange,
  onMove,
  onRemove,
}: {
  step: StepDraft;
  index: number;
  count: number;
  idOf: (field: string) => string;
  fields: FieldErrors;
  onChange: (patch: Partial<StepDraft>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("settings.flows.editor");
  const root = useTranslations("settings.flows");
  const errorsOf = (field: string) => fields[`steps.${index}.${field}`];
  const headingId = idOf("heading");
  const helpProps = errorProps(idOf("help"), errorsOf("help"));
  const optionsErrors = optionErrors(fields, index, errorsOf("options"));
  const optionsProps = errorProps(idOf("options"), optionsErrors);
  const typeHint =
    step.inputType === "file"
      ? t("typeHints.file", { max: MAX_FILES_PER_STEP })
      : step.inputType === "asset"
        ? t("typeHints.asset")
        : step.inputType === "yes_no"
          ? t("typeHints.yes_no")
          : null;
  return (
    <section
      aria-labelledby={headingId}
      className="min-w-0 space-y-3 rounded-lg border border-border bg-card p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 id={headingId} className="text-sm font-semibold text-foreground">
          {t("step", { number: index + 1 })}
        </h4>
        <div className="flex items-center gap-1">
          <Button
            id={idOf("up")}
            type="button"
            variant="ghost"
            size="icon"
            aria-label={t("moveUp")}
            title={t("moveUp")}
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            <ArrowUp aria-hidden />
          </Button>
          <Button
            id={idOf("down")}
            type="button"
            variant="ghost"
            size="icon"
            aria-label={t("moveDown")}
            title={t("moveDown")}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            <ArrowDown aria-hidden />
          </Button>
          <Button
            type="button"
            variant="ghost"
            size="icon"
            className="text-destructive"
            aria-label={t("removeStep")}
            title={t("removeStep")}
            disabled={count === 1}
            onClick={onRemove}
          >
            <Trash2 aria-hidden />
          </Button>
        </div>
      </div>
      <TextField
        id={idOf("question")}
        label={t("question")}
        autoComplete="off"
        required
        maxLength={300}
        value={step.question}
        onChange={(event) => onChange({ question: event.target.value })}
        errors={errorsOf("question")}
      />
      <div className="space-y-1">
        <Label htmlFor={idOf("help")}>{t("help")}</Label>
        <Textarea
          id={idOf("help")}
          rows={2}
          className="min-h-16"
          maxLength={1000}
          value={step.help}
          onChange={(event) => onChange({ help: event.target.value })}
          {...helpProps}
          aria-describedby={[helpProps["aria-describedby"], idOf("help-hint")].filter(Boolean).join(" ")}
        />
        <p id={idOf("help-hint")} className="text-xs text-muted-foreground">
          {t("helpHint")}
        </p>
        <FieldError id={`${idOf("help")}-error`} messages={errorsOf("help")} />
      </div>
      <div className="grid gap-3 sm:grid-cols-[minmax(0,16rem)_auto] sm:items-end sm:gap-6">
        <div className="space-y-1">
          <Label htmlFor={idOf("type")}>{t("inputType")}</Label>
          <NativeSelect
            id={idOf("type")}
            value={step.inputType}
            onChange={(event) => onChange({ inputType: event.target.value as FlowInputType })}
            {...errorProps(idOf("type"), errorsOf("inputType"))}
          >
            {FLOW_INPUT_TYPES.map((type) => (
              <option key={type} value={type}>
                {root(`types.${type}`)}
              </option>
            ))}
          </NativeSelect>
        </div>
        <div className="flex min-h-11 items-center gap-2 sm:min-h-9">
          <Checkbox
            id={idOf("required")}
            checked={step.required}
            onCheckedChange={(checked) => onChange({ required: checked === true })}
          />
          <label htmlFor={idOf("required")} className="flex min-h-11 items-center text-sm sm:min-h-9">
            {t("required")}
          </label>
        </div>
      </div>
      <FieldError id={`${idOf("type")}-error`} messages={errorsOf("inputType")} />
      {typeHint ? <p className="text-xs text-muted-foreground">{typeHint}</p> : null}
      {hasOptions(step.inputType) ? (
        <div className="space-y-1">
          <Label htmlFor={idOf("options")}>{t("options")}</Label>
          <Textarea
            id={idOf("options")}
            rows={4}
            value={step.optionsText}
            onChange={(event) => onChange({ optionsText: event.target.value })}
            {...optionsProps}
            aria-describedby={[optionsProps["aria-describedby"], idOf("options-hint")]
              .filter(Boolean)
              .join(" ")}
          />
          <p id={idOf("options-hint")} className="text-xs text-muted-foreground">
            {t("optionsHint")}
          </p>
          <FieldError id={`${idOf("options")}-error`} messages={optionsErrors} />
        </div>
      ) : null}
    </section>
  );
}

/** The options' own problems, and those of single options ("steps.0.options.2"), once each. */
function optionErrors(fields: FieldErrors, index: number, own: string[] | undefined): string[] | undefined {
  const prefix = `steps.${index}.options.`;
  const single = Object.entries(fields).flatMap(([key, msgs]) =>
    key.startsWith(prefix) ? (msgs ?? []) : [],
  );
  const all = [...new Set([...(own ?? []), ...single])];
  return all.length ? all : undefined;
}
