import type * as React from "react";
import { cn } from "@/lib/ui/cn";

const tones = {
  neutral: "border-border bg-muted text-foreground",
  success:
    "border-green-200 bg-green-50 text-green-800 dark:border-green-800 dark:bg-green-950 dark:text-green-200",
  warning:
    "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100",
  danger: "border-red-200 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200",
  info: "border-blue-200 bg-blue-50 text-blue-900 dark:border-blue-800 dark:bg-blue-950 dark:text-blue-100",
} as const;
export type BadgeTone = keyof typeof tones;

export function Badge({
  className,
  tone = "neutral",
  ...props
}: React.ComponentProps<"span"> & { tone?: BadgeTone }) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap",
        tones[tone],
        className,
      )}
      {...props}
    />
  );
}

/** A status pill with its colour as a dot; the name is the text, so colour is never the only cue. */
export function StatusBadge({
  name,
  color,
  archivedLabel,
}: {
  name: string;
  color?: string | null;
  /** Shown after the name, e.g. "(archived)", when the status is archived. */
  archivedLabel?: string | null;
}) {
  return (
    <Badge>
      {color ? <span aria-hidden className="size-2 rounded-full" style={{ backgroundColor: color }} /> : null}
      {name}
      {archivedLabel ? <span className="text-muted-foreground">{archivedLabel}</span> : null}
    </Badge>
  );
}
