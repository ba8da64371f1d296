import type * as React from "react";
import { cn } from "@/lib/ui/cn";

export function Badge({ className, ...props }: React.ComponentProps<"span">) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-full border border-slate-200 bg-slate-50 px-2 py-0.5 text-xs font-medium text-slate-700",
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
  archived,
}: {
  name: string;
  color?: string | null;
  archived?: boolean;
}) {
  return (
    <Badge>
      {color ? <span aria-hidden className="size-2 rounded-full" style={{ backgroundColor: color }} /> : null}
      {name}
      {archived ? <span className="text-slate-500">(archived)</span> : null}
    </Badge>
  );
}
