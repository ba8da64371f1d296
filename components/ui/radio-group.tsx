"use client";

import { RadioGroup as RadioPrimitive } from "radix-ui";
import type * as React from "react";
import { cn } from "@/lib/ui/cn";

export function RadioGroup({ className, ...props }: React.ComponentProps<typeof RadioPrimitive.Root>) {
  return <RadioPrimitive.Root className={cn("flex gap-4", className)} {...props} />;
}

export function RadioGroupItem({ className, ...props }: React.ComponentProps<typeof RadioPrimitive.Item>) {
  return (
    <RadioPrimitive.Item
      className={cn(
        "flex size-4 items-center justify-center rounded-full border border-slate-400 bg-white data-[state=checked]:border-blue-600 focus-visible:ring-2 focus-visible:ring-blue-500",
        className,
      )}
      {...props}
    >
      <RadioPrimitive.Indicator className="size-2 rounded-full bg-blue-600" />
    </RadioPrimitive.Item>
  );
}
