import { TextField } from "./text-field";

/** A new password typed twice, with the rules said up front; the server checks the rules themselves. */
export function NewPasswordFields({
  name,
  label,
  repeatLabel,
  hint,
  errors,
  repeatErrors,
}: {
  name: string;
  label: string;
  repeatLabel: string;
  hint: string;
  errors?: readonly string[];
  repeatErrors?: readonly string[];
}) {
  return (
    <>
      <TextField
        id={name}
        name={name}
        type="password"
        label={label}
        autoComplete="new-password"
        minLength={10}
        required
        hint={hint}
        errors={errors}
      />
      <TextField
        id={`${name}-repeat`}
        name={`${name}-repeat`}
        type="password"
        label={repeatLabel}
        autoComplete="new-password"
        required
        errors={repeatErrors}
      />
    </>
  );
}

/** Whether the repeated password differs from the first (checked before anything is sent). */
export function repeatMismatch(data: FormData, name: string): boolean {
  return String(data.get(name) ?? "") !== String(data.get(`${name}-repeat`) ?? "");
}
