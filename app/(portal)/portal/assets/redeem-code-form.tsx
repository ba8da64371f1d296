"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useRef } from "react";
import { toast } from "sonner";
import { redeemAssetCodeAction } from "@/app/actions/assets";
import { actionFeedback } from "@/components/forms/action-feedback";
import { TextField } from "@/components/forms/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function RedeemCodeForm() {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const { execute, result, isPending } = useAction(redeemAssetCodeAction, {
    onSuccess: () => {
      toast.success("Asset added");
      formRef.current?.reset();
      router.refresh();
    },
  });
  const { message, fields } = actionFeedback(result);
  return (
    <form
      ref={formRef}
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ accessCode: String(new FormData(event.currentTarget).get("accessCode") ?? "") });
      }}
    >
      {message ? <Alert>{message}</Alert> : null}
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
      <Button type="submit" variant="primary" disabled={isPending}>
        Redeem code
      </Button>
    </form>
  );
}
