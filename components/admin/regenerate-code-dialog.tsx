"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { regenerateAssetCodeAction } from "@/app/actions/assets";
import { actionFeedback } from "../forms/action-feedback";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "../ui/dialog";

/** Confirms first: the old code stops working at once (customers already linked stay linked). */
export function RegenerateCodeDialog({ asset }: { asset: { id: string; name: string } }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { execute, result, isPending, reset } = useAction(regenerateAssetCodeAction, {
    onSuccess: ({ data }) => {
      toast.success(`New access code for ${asset.name}: ${data.accessCode}`);
      setOpen(false);
      router.refresh();
    },
  });
  const { message } = actionFeedback(result);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          Regenerate code
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Regenerate the code of ${asset.name}?`}
        description="The current code stops working at once. Customers who already redeemed it keep their access."
      >
        {message ? <Alert className="mb-4">{message}</Alert> : null}
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="outline">Cancel</Button>
          </DialogClose>
          <Button variant="destructive" disabled={isPending} onClick={() => execute({ assetId: asset.id })}>
            Regenerate
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
