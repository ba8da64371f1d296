import type * as React from "react";
import { FieldError, Input, Label } from "../ui/form-controls";
import { errorProps } from "./action-feedback";

/** A labelled input with its error message linked for screen readers. */
export function TextField({
  id,
  label,
  errors,
  ...props
}: { id: string; label: string; errors?: readonly string[] } & Omit<React.ComponentProps<"input">, "id">) {
  return (
    <div className="space-y-1">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} {...errorProps(id, errors)} {...props} />
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}
