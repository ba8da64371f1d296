"use client";

import { type ReactNode, useState } from "react";
import { Dialog, DialogContent, DialogTrigger } from "../ui/dialog";

/**
 * A dialog opened by its trigger that runs one ticket command. Its form gets `close`, called only
 * when the command succeeds: a refused one keeps the dialog open, showing why.
 */
export function CommandDialog({
  trigger,
  title,
  description,
  onOpenChange,
  children,
}: {
  trigger: ReactNode;
  title: string;
  description: string;
  onOpenChange?: (open: boolean) => void;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const change = (next: boolean) => {
    setOpen(next);
    onOpenChange?.(next);
  };
  return (
    <Dialog open={open} onOpenChange={change}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent title={title} description={description}>
        {children(() => change(false))}
      </DialogContent>
    </Dialog>
  );
}
