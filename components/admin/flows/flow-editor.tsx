"use client";

import { Plus } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useEffect, useId, useRef, useState } from "react";
import { toast } from "sonner";
import { saveFlowAction } from "@/app/actions/flows";
import type { FlowForEdit } from "@/lib/flows/admin-queries";
import { type AssetScope, hasOptions, MAX_STEPS } from "@/lib/flows/flow-input-types";
import { type SaveFlowInput, saveFlowSchema } from "@/lib/flows/schemas";
import { renderMsg } from "@/lib/i18n/msg";
import { issueFieldMsgs } from "@/lib/i18n/zod-issues";
import { type FieldErrors, useActionFeedback } from "../../forms/action-feedback";
import { TextField } from "../../forms/text-field";
import { Alert } from "../../ui/alert";
import { Button, buttonVariants } from "../../ui/button";
import { Card, CardTitle } from "../../ui/card";
import { Checkbox } from "../../ui/checkbox";
import { FieldError } from "../../ui/form-controls";
import { RadioGroup, RadioGroupItem } from "../../ui/radio-group";
import { linesOf, StepCard, type StepDraft } from "./flow-step-card";

export type AssetChoice = { id: string; name: string };

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
