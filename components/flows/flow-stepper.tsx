"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { saveDraftAction, submitDraftAction } from "@/app/actions/flows";
import type { AttachmentItem } from "@/lib/attachments/queries";
import { back, blockedBy, isLast, resumeAt, screensFor } from "@/lib/flows/flow-state";
import type { FlowForm } from "@/lib/flows/queries";
import { renderMsg } from "@/lib/i18n/msg";
import { formatTicketNumber } from "@/lib/tickets/types";
import type { Visibility } from "@/lib/workflow/ticket-categories";
import { actionFeedback, type FieldErrors } from "../forms/action-feedback";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { RadioGroup, RadioGroupItem } from "../ui/radio-group";
import { StepInput, type StepValue } from "./step-input";

type Answers = Record<string, StepValue>;

/** The answer as the server stores it: what the rules check on this side too. */
const normalized = (answers: Answers) =>
  Object.fromEntries(
    Object.entries(answers).map(([k, v]) => [k, typeof v === "string" ? v.trim() || null : v]),
  ) as Record<string, string | number | boolean | string[] | null>;

/**
 * A creation flow one step per screen. Every "Next" saves the answers (the first makes the Draft),
 * so leaving half-way keeps them; "Create ticket" on the last screen opens the ticket.
 */
export function FlowStepper({ form, detailPath }: { form: FlowForm; detailPath: string }) {
  const t = useTranslations();
  const tf = useTranslations("tickets.flow");
  const router = useRouter();
  const screens = screensFor(form.steps, form.chooseVisibility);
  const [draft, setDraft] = useState(
    form.draft
      ? { ticketId: form.draft.ticketId, number: form.draft.number, version: form.draft.version }
      : null,
  );
  const [answers, setAnswers] = useState<Answers>(() => {
    const start: Answers = { ...(form.draft?.answers ?? {}) };
    const assetStep = form.steps.find((s) => s.inputType === "asset");
    if (assetStep && start[assetStep.id] === undefined && form.startAssetId)
      start[assetStep.id] = form.startAssetId;
    return start;
  });
  const [files, setFiles] = useState<Record<string, AttachmentItem[]>>(form.draft?.files ?? {});
  // Asked again on every visit: a draft's stored visibility may be the default, never chosen.
  const [visibility, setVisibility] = useState<Visibility | null>(null);
  const [index, setIndex] = useState(() =>
    form.draft ? resumeAt(screens, normalized(form.draft.answers), null) : 0,
  );
  const [error, setError] = useState<string | null>(null);
  const [fields, setFields] = useState<FieldErrors>({});
  const [uploading, setUploading] = useState(false);
  const [pending, startTransition] = useTransition();
  const screen = screens[index]!;
  const last = isLast(screens, index);

  const request = (only: string[]) => ({
    ticketId: draft?.ticketId ?? null,
    version: draft?.version ?? null,
    flowId: form.flow.id,
    assetId: form.startAssetId,
    clientKey: form.clientKey,
    answers: Object.fromEntries(only.map((id) => [id, normalized(answers)[id] ?? null])),
    visibility: form.chooseVisibility ? visibility : null,
  });

  const fail = (result: Parameters<typeof actionFeedback>[0]) => {
    const feedback = actionFeedback(result, t);
    setError(feedback.message);
    setFields(feedback.fields);
  };

  const save = async (only: string[]) => {
    const result = await saveDraftAction(request(only));
    if (!result?.data) {
      fail(result);
      return null;
    }
    setDraft(result.data);
    return result.data;
  };

  const goNext = () => {
    const problem = blockedBy(screen, normalized(answers), visibility);
    if (problem) {
      setFields({ [screen.kind === "step" ? screen.step.id : "visibility"]: [renderMsg(t, problem)] });
      return;
    }
    setError(null);
    setFields({});
    startTransition(async () => {
      if (screen.kind === "step" && !(await save([screen.step.id]))) return;
      setIndex((i) => Math.min(i + 1, screens.length - 1));
    });
  };

  const create = () => {
    const problem = blockedBy(screen, normalized(answers), visibility);
    if (problem) {
      setFields({ [screen.kind === "step" ? screen.step.id : "visibility"]: [renderMsg(t, problem)] });
      return;
    }
    setError(null);
    setFields({});
    startTransition(async () => {
      const result = await submitDraftAction(request(screen.kind === "step" ? [screen.step.id] : []));
      if (!result?.data) {
        fail(result);
        // The server names the step that still needs an answer: go there.
        const missing = screens.findIndex(
          (s) => s.kind === "step" && result?.serverError?.fieldErrors?.[s.step.id],
        );
        if (missing >= 0) setIndex(missing);
        return;
      }
      toast.success(t("tickets.new.created", { number: formatTicketNumber(result.data.number) }));
      router.push(`${detailPath}/${result.data.number}`);
    });
  };

  const uploadFiles = async (stepId: string, picked: File[]) => {
    setUploading(true);
    setError(null);
    try {
      // Files belong to a ticket: the first one makes the draft.
      const target = draft ?? (await save([]));
      if (!target) return;
      const added: AttachmentItem[] = [];
      for (const file of picked) {
        const response = await fetch(`/api/tickets/${target.number}/attachments`, {
          method: "POST",
          body: file,
          headers: {
            "Content-Type": "application/octet-stream",
            "X-File-Name": encodeURIComponent(file.name),
          },
        });
        const json = (await response.json().catch(() => null)) as
          | (AttachmentItem & { message?: string })
          | null;
        if (!response.ok || !json) {
          setError(json?.message ?? t("tickets.attachments.failed"));
          break;
        }
        added.push(json);
      }
      if (added.length) {
        setFiles((all) => ({ ...all, [stepId]: [...(all[stepId] ?? []), ...added] }));
        setAnswers((all) => ({
          ...all,
          [stepId]: [
            ...(Array.isArray(all[stepId]) ? (all[stepId] as string[]) : []),
            ...added.map((f) => f.id),
          ],
        }));
      }
    } finally {
      setUploading(false);
    }
  };

  return (
    <form
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        event.preventDefault();
        if (last) create();
        else goNext();
      }}
    >
      <div className="space-y-2">
        <p className="text-sm text-muted-foreground">
          <span className="font-medium text-foreground">{form.flow.name}</span> ·{" "}
          {tf("progress", { step: index + 1, total: screens.length })}
        </p>
        <div
          role="progressbar"
          aria-label={tf("progressLabel")}
          aria-valuemin={1}
          aria-valuemax={screens.length}
          aria-valuenow={index + 1}
          className="h-1.5 overflow-hidden rounded-full bg-muted"
        >
          <div
            className="h-full bg-primary transition-all"
            style={{ width: `${((index + 1) / screens.length) * 100}%` }}
          />
        </div>
        {draft ? (
          <p className="text-xs text-muted-foreground">
            {tf("savedAsDraft", { number: formatTicketNumber(draft.number) })}
          </p>
        ) : null}
      </div>
      {error ? <Alert>{error}</Alert> : null}
      {screen.kind === "step" ? (
        <StepInput
          key={screen.step.id}
          step={screen.step}
          value={answers[screen.step.id]}
          onChange={(value) => setAnswers((all) => ({ ...all, [screen.step.id]: value }))}
          errors={fields[screen.step.id] ?? (screen.step.inputType === "asset" ? fields.assetId : undefined)}
          assets={form.assets}
          files={
            screen.step.inputType === "file"
              ? {
                  list: files[screen.step.id] ?? [],
                  busy: uploading,
                  pick: (picked) => void uploadFiles(screen.step.id, picked),
                  remove: (id) => {
                    setFiles((all) => ({
                      ...all,
                      [screen.step.id]: (all[screen.step.id] ?? []).filter((f) => f.id !== id),
                    }));
                    setAnswers((all) => ({
                      ...all,
                      [screen.step.id]: ((all[screen.step.id] as string[] | undefined) ?? []).filter(
                        (f) => f !== id,
                      ),
                    }));
                  },
                }
              : undefined
          }
        />
      ) : (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">{t("tickets.new.visibility")}</legend>
          <RadioGroup
            aria-label={t("tickets.new.visibility")}
            value={visibility ?? ""}
            onValueChange={(v) => setVisibility(v as Visibility)}
            aria-describedby={fields.visibility ? "visibility-error" : "visibility-hint"}
          >
            {(["internal", "public"] as const).map((v) => (
              <div key={v} className="flex min-h-11 items-center gap-2 sm:min-h-0">
                <RadioGroupItem id={`visibility-${v}`} value={v} />
                <label htmlFor={`visibility-${v}`} className="text-sm">
                  {t(`workflow.visibility.${v}`)}
                </label>
              </div>
            ))}
          </RadioGroup>
          <p id="visibility-hint" className="text-xs text-muted-foreground">
            {t("tickets.new.internalHint")}
          </p>
          {fields.visibility ? (
            <p id="visibility-error" className="text-sm text-destructive">
              {fields.visibility.join(" ")}
            </p>
          ) : null}
        </fieldset>
      )}
      <div className="flex flex-wrap items-center gap-2">
        {index > 0 ? (
          <Button type="button" variant="ghost" disabled={pending} onClick={() => setIndex(back(index))}>
            {tf("back")}
          </Button>
        ) : null}
        <Button type="submit" variant="primary" disabled={pending || uploading}>
          {last ? t("tickets.new.submit") : tf("next")}
        </Button>
      </div>
    </form>
  );
}
