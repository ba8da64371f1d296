import type * as React from "react";
import { cn } from "@/lib/ui/cn";

export function Card({ className, ...props }: React.ComponentProps<"section">) {
  return (
    <section
      className={cn("min-w-0 rounded-lg border border-border bg-card p-4 shadow-sm sm:p-5", className)}
      {...props}
    />
  );
}

export function CardTitle({ className, ...props }: React.ComponentProps<"h2">) {
  return <h2 className={cn("mb-3 text-base font-semibold text-foreground", className)} {...props} />;
}
