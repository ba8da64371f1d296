"use client";

import { useFormatter } from "next-intl";
import { cn } from "@/lib/ui/cn";

/** Every date in the product, written one way; the full date and time are in its tooltip. */
export function DateTime({
  value,
  className,
  style = "short",
}: {
  value: string | Date;
  className?: string;
  style?: "short" | "date";
}) {
  const format = useFormatter();
  const date = new Date(value);
  return (
    <time dateTime={date.toISOString()} title={format.dateTime(date, "full")} className={cn(className)}>
      {format.dateTime(date, style)}
    </time>
  );
}
