import type * as React from "react";
import { FieldError, Input, Label } from "../ui/form-controls";
import { errorProps } from "./action-feedback";

/** A labelled input with its hint and error message linked for screen readers. */
export function TextField({
  id,
  label,
  errors,
  hint,
  ...props
}: { id: string; label: string; errors?: readonly string[]; hint?: string } & Omit<
  React.ComponentProps<"input">,
  "id"
>) {
  const fromErrors = errorProps(id, errors);
  const describedBy =
    [fromErrors["aria-describedby"], hint ? `${id}-hint` : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} {...fromErrors} aria-describedby={describedBy} {...props} />
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}
