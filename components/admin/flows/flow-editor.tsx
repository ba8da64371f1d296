"use client";

import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useEffect, useId, useRef, useState } from "react";
import { toast } from "sonner";
import { saveFlowAction } from "@/app/actions/flows";
import type { FlowForEdit } from "@/lib/flows/admin-queries";
import {
  type AssetScope,
  FLOW_INPUT_TYPES,
  type FlowInputType,
  hasOptions,
  MAX_FILES_PER_STEP,
  MAX_STEPS,
} from "@/lib/flows/flow-input-types";
import { type SaveFlowInput, saveFlowSchema } from "@/lib/flows/schemas";
import { renderMsg } from "@/lib/i18n/msg";
import { issueFieldMsgs } from "@/lib/i18n/zod-issues";
import { errorProps, type FieldErrors, useActionFeedback } from "../../forms/action-feedback";
import { TextField } from "../../forms/text-field";
import { Alert } from "../../ui/alert";
import { Button, buttonVariants } from "../../ui/button";
import { Card, CardTitle } from "../../ui/card";
import { Checkbox } from "../../ui/checkbox";
import { FieldError, Label, NativeSelect, Textarea } from "../../ui/form-controls";
import { RadioGroup, RadioGroupItem } from "../../ui/radio-group";

export type AssetChoice = { id: string; name: string };

/** One step as the editor holds it: options as the admin types them, one per line. */
type StepDraft = {
  /** Stable React key, also for new steps that have no id yet. */
  key: number;
  id: string | null;
  question: string;
  help: string;
  inputType: FlowInputType;
  required: boolean;
  optionsText: string;
};

const linesOf = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** Creates a flow (no `flow`) or edits one: its name, the assets it is offered for, and its steps. */
export function FlowEditor({ flow, assets }: { flow: FlowForEdit | null; assets: AssetChoice[] }) {
  const t = useTranslations();
  const router = useRouter();
  const uid = useId();
  const nextKey = useRef(0);
  const newStep = (): StepDraft => ({
    key: nextKey.current++,
    id: null,
    question: "",
    help: "",
    inputType: "short_text",
    required: true,
    optionsText: "",
  });
  const [name, setName] = useState(flow?.name ?? "");
  const [assetScope, setAssetScope] = useState<AssetScope>(flow?.assetScope ?? "all");
  const [assetIds, setAssetIds] = useState<string[]>(flow?.assetIds ?? []);
  const [steps, setSteps] = useState<StepDraft[]>(() =>
    flow?.steps.length
      ? flow.steps.map((s) => ({
          key: nextKey.current++,
          id: s.id,
          question: s.question,
          help: s.help,
          inputType: s.inputType,
          required: s.required,
          optionsText: s.options.join("\n"),
        }))
      : [newStep()],
  );
  // Problems found in the browser; cleared when the form is sent, so the server's answer shows.
  const [local, setLocal] = useState<FieldErrors | null>(null);
  // The field to focus once the steps have re-rendered (a new step's question, say).
  const [focusId, setFocusId] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const action = useAction(saveFlowAction, {
    onSuccess: () => {
      toast.success(t(flow ? "settings.flows.saved" : "settings.flows.created", { name: name.trim() }));
      router.push("/settings/flows");
    },
    onError: () => alertRef.current?.focus(),
  });
  const server = useActionFeedback(action.result);
  const message = local ? t("errors.correctFields") : server.message;
  const fields = local ?? server.fields;

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const stepId = (key: number, field: string) => `${uid}-step-${key}-${field}`;
  const update = (key: number, patch: Partial<StepDraft>) =>
    setSteps((all) => all.map((s) => (s.key === key ? { ...s, ...patch } : s)));
  const move = (index: number, by: -1 | 1) => {
    const key = steps[index]!.key;
    setSteps((all) => {
      const next = [...all];
      const [step] = next.splice(index, 1);
      next.splice(index + by, 0, step!);
      return next;
    });
    // Keep the focus on the step that moved; at the top or bottom its arrow turns off, so take the other.
    const edge = index + by === 0 || index + by === steps.length - 1;
    setFocusId(stepId(key, edge ? (by < 0 ? "down" : "up") : by < 0 ? "up" : "down"));
  };
  const remove = (index: number) => {
    const neighbour = steps[index + 1] ?? steps[index - 1];
    setSteps((all) => all.filter((_, i) => i !== index));
    if (neighbour) setFocusId(stepId(neighbour.key, "question"));
  };
  const add = () => {
    const step = newStep();
    setSteps((all) => [...all, step]);
    setFocusId(stepId(step.key, "question"));
  };

  const submit = () => {
    const input: SaveFlowInput = {
      flowId: flow?.id ?? null,
      version: flow?.version ?? null,
      name,
      assetScope,
      assetIds: assetScope === "chosen" ? assetIds : [],
      steps: steps.map((s) => ({
        id: s.id,
        question: s.question,
        help: s.help,
        inputType: s.inputType,
        required: s.required,
        options: hasOptions(s.inputType) ? linesOf(s.optionsText) : [],
      })),
    };
    const parsed = saveFlowSchema.safeParse(input);
    if (parsed.success) {
      setLocal(null);
      action.execute(input);
      return;
    }
    const problems = issueFieldMsgs(parsed.error.issues, (issue) => issue.path.join(".") || "_form");
    setLocal(
      Object.fromEntries(
        Object.entries(problems).map(([key, msgs]) => [key, msgs.map((m) => renderMsg(t, m))]),
      ),
    );
    setTimeout(() => alertRef.current?.focus(), 0);
  };

  const stepsError = fields.steps;
  const assetsError = fields.assetIds;
  return (
    <form
      noValidate
      className="max-w-3xl space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {message ? (
        <Alert ref={alertRef} tabIndex={-1} className="focus:outline-none">
          {message}
        </Alert>
      ) : null}

      <Card aria-labelledby={`${uid}-basics`} className="space-y-4">
        <CardTitle id={`${uid}-basics`} className="mb-0">
          {t("settings.flows.editor.basics")}
        </CardTitle>
        <TextField
          id={`${uid}-name`}
          label={t("settings.flows.editor.name")}
          autoComplete="off"
          required
          maxLength={100}
          value={name}
          onChange={(event) => setName(event.target.value)}
          errors={fields.name}
        />
        <fieldset className="space-y-2" aria-describedby={assetsError ? `${uid}-assets-error` : undefined}>
          <legend id={`${uid}-scope`} className="text-sm font-medium text-foreground">
            {t("settings.flows.editor.scope")}
          </legend>
          <p className="text-xs text-muted-foreground">{t("settings.flows.editor.scopeHint")}</p>
          <RadioGroup
            aria-labelledby={`${uid}-scope`}
            className="gap-x-6"
            value={assetScope}
            onValueChange={(value) => setAssetScope(value as AssetScope)}
          >
            {(["all", "chosen"] as const).map((scope) => (
              <div key={scope} className="flex min-h-11 items-center gap-2 sm:min-h-0">
                <RadioGroupItem id={`${uid}-scope-${scope}`} value={scope} />
                <label
                  htmlFor={`${uid}-scope-${scope}`}
                  className="flex min-h-11 items-center text-sm sm:min-h-0"
                >
                  {t(`settings.flows.scope.${scope}`)}
                </label>
              </div>
            ))}
          </RadioGroup>
          {assetScope === "chosen" ? (
            assets.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("settings.flows.editor.noAssets")}</p>
            ) : (
              <ul
                aria-label={t("settings.flows.editor.assetsLabel")}
                className="max-h-60 space-y-1 overflow-y-auto rounded-md border border-border p-3 sm:space-y-2"
              >
                {assets.map((asset) => (
                  <li key={asset.id} className="flex min-h-11 items-center gap-3 sm:min-h-0">
                    <Checkbox
                      id={`${uid}-asset-${asset.id}`}
                      checked={assetIds.includes(asset.id)}
                      onCheckedChange={(checked) =>
                        setAssetIds((ids) =>
                          checked ? [...ids, asset.id] : ids.filter((id) => id !== asset.id),
                        )
                      }
                    />
                    <label
                      htmlFor={`${uid}-asset-${asset.id}`}
                      className="flex min-h-11 min-w-0 items-center text-sm break-words sm:min-h-0"
                    >
                      {asset.name}
                    </label>
                  </li>
                ))}
              </ul>
            )
          ) : null}
          <FieldError id={`${uid}-assets-error`} messages={assetsError} />
        </fieldset>
      </Card>

      <section aria-labelledby={`${uid}-steps`} className="space-y-3">
        <div className="space-y-1">
          <h3 id={`${uid}-steps`} className="text-base font-semibold text-foreground">
            {t("settings.flows.editor.steps")}
          </h3>
          <p className="text-sm text-muted-foreground">{t("settings.flows.editor.stepsHint")}</p>
        </div>
        <ol className="space-y-3">
          {steps.map((step, index) => (
            <li key={step.key}>
              <StepCard
                step={step}
                index={index}
                count={steps.length}
                idOf={(field) => stepId(step.key, field)}
                fields={fields}
                onChange={(patch) => update(step.key, patch)}
                onMove={(by) => move(index, by)}
                onRemove={() => remove(index)}
              />
            </li>
          ))}
        </ol>
        <div className="space-y-1">
          <Button type="button" variant="outline" disabled={steps.length >= MAX_STEPS} onClick={add}>
            <Plus aria-hidden />
            {t("settings.flows.editor.addStep")}
          </Button>
          {steps.length >= MAX_STEPS ? (
            <p className="text-xs text-muted-foreground">
              {t("settings.flows.editor.maxSteps", { max: MAX_STEPS })}
            </p>
          ) : null}
          <FieldError id={`${uid}-steps-error`} messages={stepsError} />
        </div>
      </section>

      <div className="flex flex-wrap gap-2 border-t border-border pt-4">
        <Button type="submit" variant="primary" disabled={action.isPending || action.hasSucceeded}>
          {t("common.save")}
        </Button>
        <Link href="/settings/flows" className={buttonVariants({ variant: "outline" })}>
          {t("common.cancel")}
        </Link>
      </div>
    </form>
  );
}

function StepCard({
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
