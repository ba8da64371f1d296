"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "sonner";
import { reorderStatusAction } from "@/app/actions/statuses";
import type { AdminStatus, AdminStatusGroup } from "@/lib/statuses/queries";
import { previewActions } from "@/lib/workflow/status-actions";
import { actionFeedback } from "../../forms/action-feedback";
import { Alert } from "../../ui/alert";
import { Badge } from "../../ui/badge";
import { Button } from "../../ui/button";
import { DeleteStatusDialog } from "./delete-status-dialog";
import { EditStatusDialog } from "./status-form-dialog";

type Report = (message: string | null) => void;
const FALLBACK = "Something went wrong. Please try again.";

const tickets = (n: number) => (n === 1 ? "1 ticket" : `${n} tickets`);

/** One section per category in bar order, each listing its statuses, then its archived ones. */
export function StatusList({ groups }: { groups: AdminStatusGroup[] }) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      {problem ? <Alert>{problem}</Alert> : null}
      {groups.map((group) => (
        <section
          key={group.category}
          aria-labelledby={`status-group-${group.category}`}
          className="rounded-lg border border-slate-200 bg-white"
        >
          <div className="flex items-baseline justify-between gap-4 border-b border-slate-200 px-4 py-2">
            <h3 id={`status-group-${group.category}`} className="text-base font-semibold text-slate-900">
              {group.label}
            </h3>
            <p className="text-xs text-slate-500">
              {group.allowsCustom ? "Custom statuses allowed" : "Default statuses only"}
            </p>
          </div>
          <ul className="divide-y divide-slate-100">
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
            <div className="border-t border-slate-200 bg-slate-50 px-4 py-2">
              <h4
                id={`status-archived-${group.category}`}
                className="text-xs font-medium text-slate-500 uppercase"
              >
                Archived
              </h4>
              <ul aria-labelledby={`status-archived-${group.category}`} className="divide-y divide-slate-100">
                {group.archived.map((status) => (
                  <li
                    key={status.id}
                    className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-slate-500"
                  >
                    <Swatch color={status.color} faded />
                    <span className="font-medium">{status.name}</span>
                    <Badge>Archived</Badge>
                    <span className="text-sm">{tickets(status.ticketCount)}</span>
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
      className={`size-4 shrink-0 rounded-full border border-black/10 ${faded ? "opacity-50" : ""}`}
      style={{ backgroundColor: color }}
    />
  );
}

function ActionSummary({ status }: { status: AdminStatus }) {
  if (status.actions.length === 0) return null;
  return (
    <span className="text-sm text-slate-500">
      On entry: {previewActions(status.actions.map((a) => a.type))}
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
  const router = useRouter();
  const move = useAction(reorderStatusAction, {
    onSuccess: () => {
      report(null);
      router.refresh();
    },
    onError: ({ error }) => report(actionFeedback(error).message ?? FALLBACK),
  });
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2">
      <Swatch color={status.color} />
      <div className="flex min-w-0 flex-1 flex-wrap items-center gap-x-3 gap-y-1">
        <span className="font-medium text-slate-900">{status.name}</span>
        {status.isDefault ? (
          <Badge className="border-blue-200 bg-blue-50 text-blue-800">Default</Badge>
        ) : status.isSystem ? (
          <Badge className="border-blue-200 bg-blue-50 text-blue-800">System</Badge>
        ) : null}
        <span className="text-sm text-slate-600">{tickets(status.ticketCount)}</span>
        <ActionSummary status={status} />
      </div>
      <div className="flex items-center gap-1">
        <Button
          variant="ghost"
          size="icon"
          aria-label="Move up"
          title="Move up"
          disabled={first || move.isPending}
          onClick={() => move.execute({ statusId: status.id, direction: "up" })}
        >
          <ArrowUp aria-hidden />
        </Button>
        <Button
          variant="ghost"
          size="icon"
          aria-label="Move down"
          title="Move down"
          disabled={last || move.isPending}
          onClick={() => move.execute({ statusId: status.id, direction: "down" })}
        >
          <ArrowDown aria-hidden />
        </Button>
        <EditStatusDialog status={status} />
        {/* A fixed slot, so the Edit buttons line up whether or not a row can be deleted. */}
        <div className="flex w-[4.5rem] justify-end">
          {status.isSystem ? null : (
            <DeleteStatusDialog
              status={status}
              onDeleted={(name) => {
                report(null);
                toast.success(`Status "${name}" deleted`);
              }}
            />
          )}
        </div>
      </div>
    </li>
  );
}
