"use client";

import { ChevronDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { bulkAssignAction, bulkChangeStatusAction } from "@/app/actions/tickets";
import { formatTicketNumber, type StaffTicketListItem } from "@/lib/tickets/types";
import { TICKET_CATEGORIES } from "@/lib/workflow/ticket-categories";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "../ui/dropdown-menu";
import type { FilterOptions } from "./ticket-filters";

type Outcome = { number: number; title: string; ok: boolean; reason: string | null };
type Report = { action: string; outcomes: Outcome[] };

/**
 * Actions on the selected tickets: each ticket is changed through the engine on its own, and the
 * outcome is reported row by row; refused rows stay selected so they can be looked at.
 */
export function BulkActions({
  items,
  options,
  canAssign,
  onClear,
  onDone,
}: {
  items: StaffTicketListItem[];
  options: FilterOptions;
  canAssign: boolean;
  onClear: () => void;
  onDone: (failedIds: string[]) => Promise<void>;
}) {
  const t = useTranslations("tickets.bulk");
  const tw = useTranslations("workflow");
  const [report, setReport] = useState<Report | null>(null);
  const status = useAction(bulkChangeStatusAction);
  const assign = useAction(bulkAssignAction);
  const pending = status.isPending || assign.isPending;
  const refs = items.map((i) => ({ ticketId: i.id, version: i.version }));

  const finish = async (
    action: string,
    result: Awaited<ReturnType<typeof status.executeAsync>> | Awaited<ReturnType<typeof assign.executeAsync>>,
  ) => {
    if (!result?.data) {
      const reason = result?.serverError?.message ?? t("failed");
      setReport({
        action,
        outcomes: items.map((i) => ({ number: i.number, title: i.title, ok: false, reason })),
      });
      return;
    }
    const outcomes = result.data.map((row) => {
      const item = items.find((i) => i.id === row.ticketId)!;
      return { number: item.number, title: item.title, ok: row.ok, reason: row.ok ? null : row.reason };
    });
    setReport({ action, outcomes });
    await onDone(result.data.filter((row) => !row.ok).map((row) => row.ticketId));
  };

  // A payment belongs to one ticket: statuses that take one are changed on the ticket itself.
  const statuses = options.statuses.filter((s) => !s.archived && s.category !== "draft" && !s.takesPayment);
  const [confirming, setConfirming] = useState<FilterOptions["statuses"][number] | null>(null);
  const changeTo = async (s: FilterOptions["statuses"][number]) =>
    finish(t("changedTo", { status: s.name }), await status.executeAsync({ statusId: s.id, tickets: refs }));
  const choose = (s: FilterOptions["statuses"][number]) =>
    s.category === "cancelled" || s.category === "closed_unsuccessful" || s.writesOff
      ? setConfirming(s)
      : void changeTo(s);
  return (
    <div className="space-y-3">
      {items.length > 0 ? (
        <section
          aria-label={t("label")}
          className="flex flex-wrap items-center gap-2 rounded-lg border border-primary-soft-border bg-primary-soft px-3 py-2 text-sm text-primary-soft-foreground"
        >
          <span className="font-medium" aria-live="polite">
            {t("selected", { count: items.length })}
          </span>
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button variant="outline" size="sm" disabled={pending}>
                {t("changeStatus")}
                <ChevronDown aria-hidden />
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent className="max-h-80">
              {TICKET_CATEGORIES.map((category) => {
                const inCategory = statuses.filter((s) => s.category === category);
                if (inCategory.length === 0) return null;
                return (
                  <div key={category} role="group" aria-label={tw(`categories.${category}`)}>
                    <DropdownMenuLabel>{tw(`categories.${category}`)}</DropdownMenuLabel>
                    {inCategory.map((s) => (
                      <DropdownMenuItem key={s.id} onSelect={() => choose(s)}>
                        {s.name}
                      </DropdownMenuItem>
                    ))}
                  </div>
                );
              })}
            </DropdownMenuContent>
          </DropdownMenu>
          {canAssign ? (
            <DropdownMenu>
              <DropdownMenuTrigger asChild>
                <Button variant="outline" size="sm" disabled={pending}>
                  {t("assign")}
                  <ChevronDown aria-hidden />
                </Button>
              </DropdownMenuTrigger>
              <DropdownMenuContent className="max-h-80">
                {options.employees.map((e) => (
                  <DropdownMenuItem
                    key={e.id}
                    onSelect={async () =>
                      finish(
                        t("assignedTo", { name: e.name }),
                        await assign.executeAsync({ userId: e.id, tickets: refs }),
                      )
                    }
                  >
                    {e.name}
                  </DropdownMenuItem>
                ))}
              </DropdownMenuContent>
            </DropdownMenu>
          ) : null}
          <Button variant="ghost" size="sm" onClick={onClear} disabled={pending}>
            {t("clear")}
          </Button>
        </section>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setConfirming(null)}
          title={t(confirming.category === "cancelled" ? "confirmCancelTitle" : "confirmCloseUnpaidTitle", {
            count: items.length,
          })}
          description={t(
            confirming.category === "cancelled" ? "confirmCancelText" : "confirmCloseUnpaidText",
            {
              status: confirming.name,
            },
          )}
          confirmLabel={t("confirmMove", { status: confirming.name })}
          destructive
          onConfirm={() => {
            void changeTo(confirming);
            setConfirming(null);
            return true;
          }}
        />
      ) : null}
      {report ? <BulkReport report={report} onDismiss={() => setReport(null)} /> : null}
    </div>
  );
}

function BulkReport({ report, onDismiss }: { report: Report; onDismiss: () => void }) {
  const t = useTranslations("tickets.bulk");
  const done = report.outcomes.filter((o) => o.ok).length;
  const failed = report.outcomes.length - done;
  return (
    <Alert tone={failed === 0 ? "success" : "warning"} role="status" className="space-y-2">
      <div className="flex items-start justify-between gap-3">
        <p className="font-medium">
          {report.action}: {t("summary", { done, total: report.outcomes.length })}
        </p>
        <Button variant="ghost" size="sm" onClick={onDismiss}>
          {t("dismiss")}
        </Button>
      </div>
      <ul aria-label={t("results")} className="space-y-1">
        {report.outcomes.map((o) => (
          <li key={o.number}>
            <span className="font-mono">{formatTicketNumber(o.number)}</span> {o.title}:{" "}
            {o.ok ? t("rowDone") : t("rowRefused", { reason: o.reason ?? "" })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
