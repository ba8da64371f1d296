"use client";

import { FilePen } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { deleteDraftAction } from "@/app/actions/flows";
import { Alert } from "../ui/alert";
import { Button, buttonVariants } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";

/** What a draft's creator sees on it: what a draft is, "Continue" and "Delete draft". */
export function DraftNotice({
  ticketId,
  number,
  days,
  basePath,
}: {
  ticketId: string;
  number: number;
  days: number;
  basePath: string;
}) {
  const t = useTranslations("tickets.flow");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-3">
      <Alert tone="info" role="status" className="flex gap-3">
        <FilePen aria-hidden className="mt-0.5 size-5 shrink-0" />
        <p>{t("draftNotice", { days })}</p>
      </Alert>
      {error ? <Alert>{error}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Link href={`${basePath}/new?draft=${number}`} className={buttonVariants({ variant: "primary" })}>
          {t("continue")}
        </Link>
        <ConfirmDialog
          title={t("deleteDraftTitle")}
          description={t("deleteDraftBody")}
          confirmLabel={t("deleteDraft")}
          destructive
          pending={pending}
          onConfirm={() => {
            startTransition(async () => {
              const result = await deleteDraftAction({ ticketId });
              if (result?.serverError) {
                setError(result.serverError.message);
                return;
              }
              toast.success(t("draftDeleted"));
              router.push(basePath);
              router.refresh();
            });
            return true;
          }}
          trigger={
            <Button variant="outline" disabled={pending}>
              {t("deleteDraft")}
            </Button>
          }
        />
      </div>
    </div>
  );
}
