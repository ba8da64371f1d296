"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { Button } from "../ui/button";
import { Dialog, DialogContent, DialogTrigger } from "../ui/dialog";
import { ShownOnce } from "./shown-once";

/**
 * A dialog that creates something with a secret (a token, a webhook): its form, then the secret,
 * shown this once, in its place. `onOpen` clears the form's last result and the secret.
 */
export function SecretDialog({
  trigger,
  title,
  description,
  secretLabel,
  secret,
  afterSecret,
  onOpen,
  children,
}: {
  trigger: ReactNode;
  title: string;
  description: string;
  secretLabel: string;
  secret: string | null;
  afterSecret?: ReactNode;
  onOpen: () => void;
  children: ReactNode;
}) {
  const t = useTranslations("profile.shownOnce");
  const [open, setOpen] = useState(false);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) onOpen();
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent title={title} description={description}>
        {secret ? (
          <div className="space-y-4">
            <ShownOnce label={secretLabel} value={secret} />
            {afterSecret}
            <div className="flex justify-end">
              <Button type="button" variant="primary" onClick={() => setOpen(false)}>
                {t("done")}
              </Button>
            </div>
          </div>
        ) : (
          children
        )}
      </DialogContent>
    </Dialog>
  );
}
