"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { archiveStatusAction } from "@/app/actions/statuses";
import type { AdminStatus } from "@/lib/statuses/queries";
import { actionFeedback } from "../../forms/action-feedback";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "../../ui/dialog";

/** Confirms first: deleting archives the status; tickets in it keep it until someone moves them. */
export function DeleteStatusDialog({
  status,
  onDeleted,
}: {
  status: AdminStatus;
  onDeleted: (name: string) => void;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { execute, result, isPending, reset } = useAction(archiveStatusAction, {
    onSuccess: ({ data }) => {
      setOpen(false);
      onDeleted(data.name);
      router.refresh();
    },
  });
  const { message } = actionFeedback(result);
  const kept =
    status.ticketCount === 0
      ? "No ticket is in this status now."
      : status.ticketCount === 1
        ? "The 1 ticket in this status keeps it, shown as archived, until someone moves it."
        : `The ${status.ticketCount} tickets in this status keep it, shown as archived, until someone moves them.`;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) reset();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" className="text-red-700 hover:bg-red-50">
          Delete
        </Button>
      </DialogTrigger>
      <DialogContent
        title={`Delete the status "${status.name}"?`}
        description="It can no longer be chosen when changing a ticket's status, and it frees its place under the limit of custom statuses."
      >
        <div className="space-y-4">
          {message ? <Alert>{message}</Alert> : null}
          <p className="text-sm text-slate-700">
            {kept} It stays available as a filter in the ticket overview and in reports.
          </p>
          <div className="flex justify-end gap-2">
            <DialogClose asChild>
              <Button variant="outline">Cancel</Button>
            </DialogClose>
            <Button
              variant="destructive"
              disabled={isPending}
              onClick={() => execute({ statusId: status.id })}
            >
              Delete status
            </Button>
          </div>
        </div>
      </DialogContent>
    </Dialog>
  );
}
