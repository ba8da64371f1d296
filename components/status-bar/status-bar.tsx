"use client";

import { Check, Circle, CircleDot, Pause, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { renderMsg } from "@/lib/i18n/msg";
import { cn } from "@/lib/ui/cn";
import type { BarModel, BarStep } from "@/lib/workflow/status-bar";

/**
 * The status bar of any work item (tickets, video sessions, tasks). The model comes from the pure
 * engine; this only draws it, with the markup of workflow.md 5 (nav › ol › li, aria-current="step").
 * Phones see the current step written out and the steps as a segmented line; the list itself stays
 * whole for screen readers.
 */
export function StatusBar({ model, className }: { model: BarModel; className?: string }) {
  const t = useTranslations();
  const label = (step: BarStep) => renderMsg(t, step.message);
  const index = model.steps.findIndex((step) => step.state === "current");
  const current = model.steps[index];
  return (
    <nav aria-label={t(`workflow.bar.${model.kind}`)} className={cn("w-full", className)}>
      {current ? (
        <p
          aria-hidden
          className="mb-2 flex flex-wrap items-baseline justify-between gap-x-3 text-sm sm:hidden"
        >
          <span className="font-medium">
            {current.detail
              ? t("workflow.bar.stepDetail", { step: label(current), detail: current.detail })
              : label(current)}
            {current.paused ? ` ${t("workflow.bar.paused")}` : ""}
          </span>
          <span className="text-muted-foreground">
            {t("workflow.bar.position", { current: index + 1, total: model.steps.length })}
          </span>
        </p>
      ) : null}
      <ol className="flex w-full items-stretch gap-1">
        {model.steps.map((step) => (
          <li
            key={step.key}
            aria-current={step.state === "current" ? "step" : undefined}
            className={cn(
              "relative h-2 min-w-0 flex-1 rounded-full border sm:flex sm:h-auto sm:items-center sm:gap-2 sm:rounded-md sm:px-3 sm:py-2 sm:text-sm",
              step.state === "complete" &&
                "border-primary-soft-border bg-primary-soft text-primary-soft-foreground max-sm:bg-primary/45",
              step.state === "current" &&
                !step.cancelled &&
                "border-primary bg-primary text-primary-foreground shadow-sm",
              step.state === "current" && step.cancelled && "border-red-700 bg-red-700 text-white shadow-sm",
              step.state === "current" &&
                step.paused &&
                "border-amber-400 bg-amber-300 text-amber-950 dark:border-amber-400 dark:bg-amber-400",
              step.state === "pending" && "border-border bg-card text-muted-foreground max-sm:bg-muted",
            )}
          >
            <StepIcon step={step} />
            <span className="sr-only min-w-0 truncate sm:not-sr-only">
              <span className="font-medium">{label(step)}</span>
              {step.detail ? <span className="opacity-90">: {step.detail}</span> : null}
              {step.paused ? <span className="sr-only"> {t("workflow.bar.paused")}</span> : null}
              {step.state === "complete" ? (
                <span className="sr-only"> {t("workflow.bar.completed")}</span>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

// Icons carry no text: the item's text must start with the step name (ui-contract.md).
function StepIcon({ step }: { step: BarStep }) {
  const className = "hidden size-4 shrink-0 sm:block";
  if (step.cancelled) return <X aria-hidden className={className} />;
  if (step.paused) return <Pause aria-hidden className={className} />;
  if (step.state === "complete") return <Check aria-hidden className={className} />;
  if (step.state === "current") return <CircleDot aria-hidden className={className} />;
  return <Circle aria-hidden className={cn(className, "opacity-40")} />;
}
