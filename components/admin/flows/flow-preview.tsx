"use client";

import { ArrowLeft, ArrowRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import type { FlowStepRow } from "@/lib/flows/load-flow";
import { Alert } from "../../ui/alert";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { Card } from "../../ui/card";
import { Checkbox } from "../../ui/checkbox";
import { Input, Label, NativeSelect, Textarea } from "../../ui/form-controls";
import { RadioGroup, RadioGroupItem } from "../../ui/radio-group";
import type { AssetChoice } from "./flow-editor";

type Answer = string | string[];

/**
 * The flow as a customer goes through it, one step per screen. Answers live in this component only:
 * nothing is sent, so an admin can try a flow without creating a draft.
 */
export function FlowPreview({ steps, assets }: { steps: FlowStepRow[]; assets: AssetChoice[] }) {
  const t = useTranslations("settings.flows.preview");
  const common = useTranslations("common");
  const [index, setIndex] = useState(0);
  const [done, setDone] = useState(false);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  // Focus moves to the new screen's heading after Next or Back, not when the page opens.
  const [moves, setMoves] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (moves > 0) headingRef.current?.focus();
  }, [moves]);
  const go = (next: () => void) => {
    setMoves((n) => n + 1);
    next();
  };

  const step = steps[index];
  if (!step) return <p className="text-sm text-muted-foreground">{t("noSteps")}</p>;
  const total = steps.length;
  const last = index === total - 1;

  return (
    <Card className="max-w-xl space-y-5">
      {done ? (
        <div className="space-y-3">
          <h3 ref={headingRef} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
            {t("doneTitle")}
          </h3>
          <p className="text-sm text-muted-foreground">{t("doneText")}</p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="outline" onClick={() => go(() => setDone(false))}>
              <ArrowLeft aria-hidden />
              {common("back")}
            </Button>
            <Button
              type="button"
              variant="primary"
              onClick={() =>
                go(() => {
                  setAnswers({});
                  setDone(false);
                  setIndex(0);
                })
              }
            >
              {t("restart")}
            </Button>
          </div>
        </div>
      ) : (
        <form
          noValidate
          className="space-y-5"
          onSubmit={(event) => {
            event.preventDefault();
            go(() => (last ? setDone(true) : setIndex(index + 1)));
          }}
        >
          <div className="space-y-2">
            <h3
              ref={headingRef}
              tabIndex={-1}
              className="text-sm font-medium text-muted-foreground focus:outline-none"
            >
              {t("progress", { current: index + 1, total })}
            </h3>
            <div aria-hidden className="h-1.5 overflow-hidden rounded-full bg-muted">
              <div
                className="h-full rounded-full bg-primary transition-[width]"
                style={{ width: `${((index + 1) / total) * 100}%` }}
              />
            </div>
          </div>
          <StepInput
            key={step.id}
            step={step}
            assets={assets}
            value={answers[step.id]}
            onChange={(value) => setAnswers((all) => ({ ...all, [step.id]: value }))}
          />
          <div className="flex flex-wrap justify-between gap-2">
            <Button
              type="button"
              variant="outline"
              disabled={index === 0}
              onClick={() => go(() => setIndex(index - 1))}
            >
              <ArrowLeft aria-hidden />
              {common("back")}
            </Button>
            <Button type="submit" variant="primary">
              {last ? t("finish") : t("next")}
              {last ? null : <ArrowRight aria-hidden />}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}

/** One question with the plain control of its input type; the question is the control's label. */
function StepInput({
  step,
  assets,
  value,
  onChange,
}: {
  step: FlowStepRow;
  assets: AssetChoice[];
  value: Answer | undefined;
  onChange: (value: Answer) => void;
}) {
  const t = useTranslations("settings.flows.preview");
  const common = useTranslations("common");
  const uid = useId();
  const id = `${uid}-answer`;
  const helpId = step.help ? `${uid}-help` : undefined;
  const text = typeof value === "string" ? value : "";
  const chosen = Array.isArray(value) ? value : [];
  const optional = step.required ? null : <Badge className="ml-2 align-middle">{t("optional")}</Badge>;
  const help = step.help ? (
    <p id={helpId} className="text-sm whitespace-pre-wrap text-muted-foreground">
      {step.help}
    </p>
  ) : null;
  const question = "text-base font-semibold text-foreground break-words";

  switch (step.inputType) {
    case "single_choice":
    case "yes_no": {
      const options =
        step.inputType === "yes_no"
          ? [
              { value: "yes", label: common("yes") },
              { value: "no", label: common("no") },
            ]
          : step.options.map((o) => ({ value: o, label: o }));
      return (
        <fieldset className="space-y-2" aria-describedby={helpId}>
          <legend id={`${uid}-legend`} className={question}>
            {step.question}
            {optional}
          </legend>
          {help}
          <RadioGroup
            aria-labelledby={`${uid}-legend`}
            aria-describedby={helpId}
            aria-required={step.required}
            className="flex-col gap-1 pt-1 sm:gap-2"
            value={text}
            onValueChange={onChange}
          >
            {options.map((option, i) => (
              <div key={option.value} className="flex min-h-11 items-center gap-2 sm:min-h-0">
                <RadioGroupItem id={`${uid}-o${i}`} value={option.value} />
                <label
                  htmlFor={`${uid}-o${i}`}
                  className="flex min-h-11 min-w-0 items-center text-sm break-words sm:min-h-0"
                >
                  {option.label}
                </label>
              </div>
            ))}
          </RadioGroup>
        </fieldset>
      );
    }
    case "multiple_choice":
      return (
        <fieldset className="space-y-2" aria-describedby={helpId}>
          <legend className={question}>
            {step.question}
            {optional}
          </legend>
          {help}
          <ul className="space-y-1 pt-1 sm:space-y-2">
            {step.options.map((option, i) => (
              <li key={option} className="flex min-h-11 items-center gap-2 sm:min-h-0">
                <Checkbox
                  id={`${uid}-o${i}`}
                  checked={chosen.includes(option)}
                  onCheckedChange={(checked) =>
                    onChange(checked ? [...chosen, option] : chosen.filter((o) => o !== option))
                  }
                />
                <label
                  htmlFor={`${uid}-o${i}`}
                  className="flex min-h-11 min-w-0 items-center text-sm break-words sm:min-h-0"
                >
                  {option}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      );
    default:
      return (
        <div className="space-y-2">
          <div>
            <Label htmlFor={id} className={question}>
              {step.question}
            </Label>
            {optional}
          </div>
          {help}
          <FieldControl
            id={id}
            step={step}
            assets={assets}
            text={text}
            describedBy={helpId}
            onChange={onChange}
          />
        </div>
      );
  }
}

function FieldControl({
  id,
  step,
  assets,
  text,
  describedBy,
  onChange,
}: {
  id: string;
  step: FlowStepRow;
  assets: AssetChoice[];
  text: string;
  describedBy: string | undefined;
  onChange: (value: string) => void;
}) {
  const t = useTranslations("settings.flows.preview");
  const common = { id, "aria-describedby": describedBy, required: step.required };
  switch (step.inputType) {
    case "long_text":
      return <Textarea {...common} rows={5} value={text} onChange={(e) => onChange(e.target.value)} />;
    case "number":
      return (
        <Input
          {...common}
          type="number"
          inputMode="decimal"
          className="max-w-xs"
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case "date":
      return (
        <Input
          {...common}
          type="date"
          className="max-w-xs"
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case "file":
      return (
        <div className="space-y-1">
          <Input
            {...common}
            type="file"
            multiple
            disabled
            aria-describedby={[describedBy, `${id}-off`].filter(Boolean).join(" ")}
            className="py-1.5"
          />
          <p id={`${id}-off`} className="text-xs text-muted-foreground">
            {t("fileDisabled")}
          </p>
        </div>
      );
    case "asset":
      return assets.length === 0 ? (
        <Alert tone="info" role="status">
          {t("noAssets")}
        </Alert>
      ) : (
        <NativeSelect {...common} value={text} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t("chooseAsset")}</option>
          {assets.map((asset) => (
            <option key={asset.id} value={asset.id}>
              {asset.name}
            </option>
          ))}
        </NativeSelect>
      );
    default:
      return <Input {...common} autoComplete="off" value={text} onChange={(e) => onChange(e.target.value)} />;
  }
}
