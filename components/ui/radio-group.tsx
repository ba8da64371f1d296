"use client";

import { RadioGroup as RadioPrimitive } from "radix-ui";
import type * as React from "react";
import { cn } from "@/lib/ui/cn";

export function RadioGroup({ className, ...props }: React.ComponentProps<typeof RadioPrimitive.Root>) {
  return <RadioPrimitive.Root className={cn("flex flex-wrap gap-x-4 gap-y-1", className)} {...props} />;
}

export function RadioGroupItem({ className, ...props }: React.ComponentProps<typeof RadioPrimitive.Item>) {
  return (
    <RadioPrimitive.Item
      className={cn(
        "flex size-5 items-center justify-center rounded-full border border-input bg-card focus-visible:ring-2 focus-visible:ring-ring data-[state=checked]:border-primary sm:size-4",
        className,
      )}
      {...props}
    >
      <RadioPrimitive.Indicator className="size-2.5 rounded-full bg-primary sm:size-2" />
    </RadioPrimitive.Item>
  );
}
