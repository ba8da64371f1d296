"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { toast } from "sonner";
import { actionFeedback } from "@/components/forms/action-feedback";
import { TextField } from "@/components/forms/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { updateMyPhoneAction } from "./actions";

export function PhoneForm({ phone }: { phone: string | null }) {
  const router = useRouter();
  const { execute, result, isPending } = useAction(updateMyPhoneAction, {
    onSuccess: ({ data }) => {
      toast.success(data.phone ? "Phone number saved" : "Phone number removed");
      router.refresh();
    },
  });
  const { message, fields } = actionFeedback(result);
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ phone: String(new FormData(event.currentTarget).get("phone") ?? "") });
      }}
    >
      {message ? <Alert>{message}</Alert> : null}
      <TextField
        id="phone"
        name="phone"
        type="tel"
        label="Phone"
        autoComplete="tel"
        placeholder="e.g. +49 151 2345 6789"
        defaultValue={phone ?? ""}
        errors={fields.phone}
      />
      <Button type="submit" variant="primary" disabled={isPending}>
        Save
      </Button>
    </form>
  );
}
