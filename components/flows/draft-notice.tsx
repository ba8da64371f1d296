"use client";

import { FilePen } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { deleteDraftAction } from "@/app/actions/flows";
import type { ProvidedInfo } from "@/lib/tickets/types";
import { Alert } from "../ui/alert";
import { Button, buttonVariants } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { ProvidedInfoCard } from "./provided-info-card";

/** What a draft's creator sees on it: what a draft is, "Continue", "Delete draft" and the answers so far. */
export function DraftNotice({
  ticketId,
  number,
  days,
  basePath,
  provided,
}: {
  ticketId: string;
  number: number;
  days: number;
  basePath: string;
  provided: ProvidedInfo | null;
}) {
  const t = useTranslations("tickets.flow");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-5">
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
      {provided ? <ProvidedInfoCard info={provided} /> : null}
    </div>
  );
}
