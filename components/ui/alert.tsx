import type * as React from "react";
import { cn } from "@/lib/ui/cn";

const tones = {
  error: "border-red-300 bg-red-50 text-red-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  info: "border-blue-300 bg-blue-50 text-blue-900",
  success: "border-green-300 bg-green-50 text-green-900",
} as const;

export function Alert({
  tone = "error",
  className,
  ...props
}: React.ComponentProps<"div"> & { tone?: keyof typeof tones }) {
  return (
    <div
      role="alert"
      className={cn("rounded-md border px-4 py-3 text-sm", tones[tone], className)}
      {...props}
    />
  );
}
