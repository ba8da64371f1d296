"use client";

import { useAction } from "next-safe-action/hooks";
import { actionFeedback } from "@/components/forms/action-feedback";
import { TextField } from "@/components/forms/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { registerCustomerAction } from "./actions";

export function RegisterForm() {
  // On success the action signs the customer in and redirects to the portal.
  const { execute, result, isPending, hasNavigated } = useAction(registerCustomerAction);
  const { message, fields } = actionFeedback(result);
  const busy = isPending || hasNavigated;
  return (
    // POST, so that a submit before hydration never puts the password in the address bar.
    <form
      method="post"
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        execute({
          name: String(data.get("name") ?? ""),
          email: String(data.get("email") ?? ""),
          password: String(data.get("password") ?? ""),
          accessCode: String(data.get("accessCode") ?? ""),
          phone: String(data.get("phone") ?? ""),
        });
      }}
    >
      {message ? <Alert>{message}</Alert> : null}
      <TextField id="name" name="name" label="Name" autoComplete="name" required errors={fields.name} />
      <TextField
        id="email"
        name="email"
        type="email"
        label="Email"
        autoComplete="username"
        required
        errors={fields.email}
      />
      <TextField
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="new-password"
        minLength={8}
        required
        errors={fields.password}
      />
      <TextField
        id="accessCode"
        name="accessCode"
        label="Access code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder="e.g. K7QM-2XPA"
        className="font-mono"
        required
        errors={fields.accessCode}
      />
      <div className="space-y-1">
        <TextField
          id="phone"
          name="phone"
          type="tel"
          label="Phone"
          autoComplete="tel"
          placeholder="e.g. +49 151 2345 6789"
          errors={fields.phone}
        />
        <p className="text-xs text-slate-500">Optional: for text messages about your tickets.</p>
      </div>
      <Button type="submit" variant="primary" className="w-full" disabled={busy}>
        Create account
      </Button>
    </form>
  );
}
