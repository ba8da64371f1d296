"use client";

import { useTranslations } from "next-intl";
import type { AttachmentItem } from "@/lib/attachments/queries";
import type { FlowStepRow } from "@/lib/flows/load-flow";
import { Checkbox } from "../ui/checkbox";
import { FieldError, Input, Label, NativeSelect, Textarea } from "../ui/form-controls";
import { RadioGroup, RadioGroupItem } from "../ui/radio-group";

export type StepValue = string | number | boolean | string[] | null | undefined;

type Props = {
  step: Pick<FlowStepRow, "id" | "question" | "help" | "inputType" | "required" | "options">;
  value: StepValue;
  onChange: (value: StepValue) => void;
  errors?: readonly string[];
  assets: { id: string; name: string }[];
  /** File steps: the files given so far and how to add one (absent in a preview). */
  files?: {
    list: AttachmentItem[];
    busy: boolean;
    pick: (files: File[]) => void;
    remove: (id: string) => void;
  };
};

/** One step's question as the label of its input, in the form its type asks for. */
export function StepInput({ step, value, onChange, errors, assets, files }: Props) {
  const t = useTranslations("tickets.flow");
  const id = `step-${step.id}`;
  const describedBy = [step.help ? `${id}-help` : null, errors?.length ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  const aria = { "aria-invalid": Boolean(errors?.length), "aria-describedby": describedBy || undefined };
  const label = (
    <>
      {step.question}
      {step.required ? null : <span className="ml-1 font-normal text-muted-foreground">{t("optional")}</span>}
    </>
  );
  const help = step.help ? (
    <p id={`${id}-help`} className="text-sm text-muted-foreground">
      {step.help}
    </p>
  ) : null;
  const error = <FieldError id={`${id}-error`} messages={errors} />;

  switch (step.inputType) {
    case "single_choice":
    case "yes_no": {
      const options =
        step.inputType === "yes_no"
          ? [
              { value: "yes", label: t("yes") },
              { value: "no", label: t("no") },
            ]
          : step.options.map((o) => ({ value: o, label: o }));
      const current =
        step.inputType === "yes_no"
          ? value === true
            ? "yes"
            : value === false
              ? "no"
              : ""
          : String(value ?? "");
      return (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">{label}</legend>
          {help}
          <RadioGroup
            aria-label={step.question}
            value={current}
            onValueChange={(v) => onChange(step.inputType === "yes_no" ? v === "yes" : v)}
            {...aria}
          >
            {options.map((o, i) => (
              <div key={o.value} className="flex min-h-11 items-center gap-2 sm:min-h-0">
                <RadioGroupItem id={`${id}-${i}`} value={o.value} />
                <label htmlFor={`${id}-${i}`} className="text-sm">
                  {o.label}
                </label>
              </div>
            ))}
          </RadioGroup>
          {error}
        </fieldset>
      );
    }
    case "multiple_choice": {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <fieldset className="space-y-2" {...aria}>
          <legend className="text-sm font-medium">{label}</legend>
          {help}
          {step.options.map((o, i) => (
            <div key={o} className="flex min-h-11 items-center gap-2 sm:min-h-0">
              <Checkbox
                id={`${id}-${i}`}
                checked={chosen.includes(o)}
                onCheckedChange={(on) => onChange(on ? [...chosen, o] : chosen.filter((c) => c !== o))}
              />
              <label htmlFor={`${id}-${i}`} className="text-sm">
                {o}
              </label>
            </div>
          ))}
          {error}
        </fieldset>
      );
    }
    case "file":
      return (
        <div className="space-y-2">
          <Label htmlFor={id}>{label}</Label>
          {help}
          <Input
            id={id}
            type="file"
            multiple
            accept="image/*,application/pdf,.txt,.csv,.zip"
            disabled={!files || files.busy}
            onChange={(event) => {
              files?.pick(Array.from(event.target.files ?? []));
              event.target.value = "";
            }}
            {...aria}
          />
          {files?.busy ? <p className="text-sm text-muted-foreground">{t("uploading")}</p> : null}
          {files?.list.length ? (
            <ul className="space-y-1 text-sm" aria-label={t("filesGiven")}>
              {files.list.map((f) => (
                <li
                  key={f.id}
                  className="flex items-center justify-between gap-2 rounded-md border border-border px-2 py-1"
                >
                  <span className="truncate">{f.fileName}</span>
                  <button
                    type="button"
                    className="text-sm text-destructive underline"
                    onClick={() => files.remove(f.id)}
                  >
                    {t("removeFile", { name: f.fileName })}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          {error}
        </div>
      );
    case "asset":
      return (
        <div className="space-y-2">
          <Label htmlFor={id}>{label}</Label>
          {help}
          <NativeSelect
            id={id}
            value={String(value ?? "")}
            onChange={(e) => onChange(e.target.value || null)}
            {...aria}
          >
            <option value="">{t("noAsset")}</option>
            {assets.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </NativeSelect>
          {error}
        </div>
      );
    case "long_text":
      return (
        <div className="space-y-2">
          <Label htmlFor={id}>{label}</Label>
          {help}
          <Textarea
            id={id}
            rows={6}
            value={String(value ?? "")}
            onChange={(e) => onChange(e.target.value)}
            {...aria}
          />
          {error}
        </div>
      );
    case "short_text":
    case "number":
    case "date":
      return (
        <div className="space-y-2">
          <Label htmlFor={id}>{label}</Label>
          {help}
          <Input
            id={id}
            type={step.inputType === "short_text" ? "text" : step.inputType}
            inputMode={step.inputType === "number" ? "decimal" : undefined}
            step={step.inputType === "number" ? "any" : undefined}
            maxLength={step.inputType === "short_text" ? 200 : undefined}
            value={String(value ?? "")}
            onChange={(e) => onChange(e.target.value)}
            {...aria}
          />
          {error}
        </div>
      );
  }
}
