import { Check, Circle, CircleDot, Pause, X } from "lucide-react";
import { cn } from "@/lib/ui/cn";
import type { BarModel, BarStep } from "@/lib/workflow/status-bar";

/**
 * The status bar of any work item (tickets, video sessions, tasks). The model comes from the pure
 * engine; this only draws it, with the markup of workflow.md 5 (nav › ol › li, aria-current="step").
 */
export function StatusBar({ model, className }: { model: BarModel; className?: string }) {
  return (
    <nav aria-label={model.ariaLabel} className={cn("w-full", className)}>
      <ol className="flex w-full flex-wrap items-stretch gap-1 sm:flex-nowrap">
        {model.steps.map((step) => (
          <li
            key={step.key}
            aria-current={step.state === "current" ? "step" : undefined}
            className={cn(
              "relative flex min-w-0 flex-1 items-center gap-2 rounded-md border px-3 py-2 text-sm",
              step.state === "complete" && "border-blue-200 bg-blue-50 text-blue-900",
              step.state === "current" &&
                !step.cancelled &&
                "border-blue-600 bg-blue-600 text-white shadow-sm",
              step.state === "current" && step.cancelled && "border-red-600 bg-red-600 text-white shadow-sm",
              step.state === "current" && step.paused && "border-amber-500 bg-amber-500 text-white",
              step.state === "pending" && "border-slate-200 bg-white text-slate-500",
            )}
          >
            <StepIcon step={step} />
            <span className="min-w-0 truncate">
              <span className="font-medium">{step.label}</span>
              {step.detail ? <span className="opacity-90">: {step.detail}</span> : null}
              {step.paused ? <span className="sr-only"> (paused)</span> : null}
              {step.state === "complete" ? <span className="sr-only"> (completed)</span> : null}
            </span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

// Icons carry no text: the item's text must start with the step name (ui-contract.md).
function StepIcon({ step }: { step: BarStep }) {
  if (step.cancelled) return <X aria-hidden className="size-4 shrink-0" />;
  if (step.paused) return <Pause aria-hidden className="size-4 shrink-0" />;
  if (step.state === "complete") return <Check aria-hidden className="size-4 shrink-0 text-blue-700" />;
  if (step.state === "current") return <CircleDot aria-hidden className="size-4 shrink-0" />;
  return <Circle aria-hidden className="size-4 shrink-0 text-slate-300" />;
}
