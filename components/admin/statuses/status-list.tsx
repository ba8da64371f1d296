"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { reorderStatusAction } from "@/app/actions/statuses";
import { renderMsg } from "@/lib/i18n/msg";
import type { AdminStatus, AdminStatusGroup } from "@/lib/statuses/queries";
import { previewActions } from "@/lib/workflow/status-actions";
import { actionFeedback } from "../../forms/action-feedback";
import { Alert } from "../../ui/alert";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { DeleteStatusDialog } from "./delete-status-dialog";
import { EditStatusDialog } from "./status-form-dialog";

type Report = (message: string | null) => void;

/** One section per category in bar order, each listing its statuses, then its archived ones. */
export function StatusList({ groups }: { groups: AdminStatusGroup[] }) {
  const t = useTranslations();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      {problem ? <Alert>{problem}</Alert> : null}
      {groups.map((group) => (
        <section
          key={group.category}
          aria-labelledby={`status-group-${group.category}`}
          className="rounded-lg border border-border bg-card"
        >
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-border px-4 py-2">
            <h3 id={`status-group-${group.category}`} className="text-base font-semibold text-foreground">
              {t(`workflow.categories.${group.category}`)}
            </h3>
            <p className="text-xs text-muted-foreground">
              {group.allowsCustom ? t("settings.statuses.customAllowed") : t("settings.statuses.defaultOnly")}
            </p>
          </div>
          <ul className="divide-y divide-border">
            {group.statuses.map((status, index) => (
              <StatusRow
                key={status.id}
                status={status}
                first={index === 0}
                last={index === group.statuses.length - 1}
                report={setProblem}
              />
            ))}
          </ul>
          {group.archived.length > 0 ? (
            <div className="border-t border-border bg-muted px-4 py-2">
              <h4
                id={`status-archived-${group.category}`}
                className="text-xs font-medium text-muted-foreground uppercase"
              >
                {t("settings.statuses.archivedHeading")}
              </h4>
              <ul aria-labelledby={`status-archived-${group.category}`} className="divide-y divide-border">
                {group.archived.map((status) => (
                  <li
                    key={status.id}
                    className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-muted-foreground"
                  >
                    <Swatch color={status.color} faded />
                    <span className="min-w-0 font-medium break-words">{status.name}</span>
                    <Badge>{t("settings.statuses.badges.archived")}</Badge>
                    <span className="text-sm">
                      {t("settings.statuses.tickets", { count: status.ticketCount })}
                    </span>
                    <ActionSummary status={status} />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ))}
    </div>
  );
}

function Swatch({ color, faded = false }: { color: string; faded?: boolean }) {
  return (
    <span
      aria-hidden
      className={`size-4 shrink-0 rounded-full border border-foreground/15 ${faded ? "opacity-50" : ""}`}
      style={{ backgroundColor: color }}
    />
  );
}

function ActionSummary({ status }: { status: AdminStatus }) {
  const t = useTranslations();
  if (status.actions.length === 0) return null;
  const phrases = previewActions(status.actions.map((a) => a.type)).map((m) => renderMsg(t, m));
  return (
    <span className="text-sm text-muted-foreground">
      {t("settings.statuses.onEntry", { actions: phrases.join(", ") })}
    </span>
  );
}

function StatusRow({
  status,
  first,
  last,
  report,
}: {
  status: AdminStatus;
  first: boolean;
  last: boolean;
  report: Report;
}) {
  const t = useTranslations();
  const router = useRouter();
  const move = useAction(reorderStatusAction, {
    onSuccess: () => {
      report(null);
      router.refresh();
    },
    onError: ({ error }) => report(actionFeedback(error, t).message ?? t("errors.generic")),
  });
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2">
      <Swatch color={status.color} />
      <div className="flex min-w-0 flex-1 flex-wrap items-center gap-x-3 gap-y-1">
        <span className="min-w-0 font-medium break-words text-foreground">{status.name}</span>
        {status.isDefault ? (
          <Badge tone="info">{t("settings.statuses.badges.default")}</Badge>
        ) : status.isSystem ? (
          <Badge tone="info">{t("settings.statuses.badges.system")}</Badge>
        ) : null}
        <span className="text-sm text-muted-foreground">
          {t("settings.statuses.tickets", { count: status.ticketCount })}
        </span>
        <ActionSummary status={status} />
      </div>
      <div className="flex items-center gap-1">
        <Button
          variant="ghost"
          size="icon"
          aria-label={t("settings.statuses.moveUp")}
          title={t("settings.statuses.moveUp")}
          disabled={first || move.isPending}
          onClick={() => move.execute({ statusId: status.id, direction: "up" })}
        >
          <ArrowUp aria-hidden />
        </Button>
        <Button
          variant="ghost"
          size="icon"
          aria-label={t("settings.statuses.moveDown")}
          title={t("settings.statuses.moveDown")}
          disabled={last || move.isPending}
          onClick={() => move.execute({ statusId: status.id, direction: "down" })}
        >
          <ArrowDown aria-hidden />
        </Button>
        <EditStatusDialog status={status} />
        {/* A fixed slot, so the Edit buttons line up whether or not a row can be deleted. */}
        <div className="flex w-[5.5rem] justify-end">
          {status.isSystem ? null : (
            <DeleteStatusDialog
              status={status}
              onDeleted={(name) => {
                report(null);
                toast.success(t("settings.statuses.deleted", { name }));
              }}
            />
          )}
        </div>
      </div>
    </li>
  );
}
