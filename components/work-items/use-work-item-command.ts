"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useState, useTransition } from "react";
import { toast } from "sonner";
import type { ActionError } from "@/lib/server/action-client";
import { workItemKeys } from "@/lib/work-items/query-keys";
import type { WorkItemKind } from "@/lib/workflow/work-item-kinds";
import { validationText } from "../forms/action-feedback";

type ActionResult = { data?: unknown; serverError?: ActionError; validationErrors?: unknown } | undefined;

/** How long a toast offers "Undo". */
export const UNDO_MS = 6_000;

/**
 * next-safe-action's "formatted" validation errors (`{ _errors, field: { _errors, … } }`) as one
 * list per field path ("amountCents", "payment.amountCents"; "_form" for the input as a whole).
 */
function validationFieldErrors(errors: unknown): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  const walk = (node: unknown, path: string[]) => {
    if (!node || typeof node !== "object") return;
    for (const [key, inner] of Object.entries(node)) {
      if (key !== "_errors") walk(inner, [...path, key]);
      else if (Array.isArray(inner) && inner.length > 0) {
        fields[path.length ? path.join(".") : "_form"] = inner.filter((m) => typeof m === "string");
      }
    }
  };
  walk(errors, []);
  return fields;
}

export type Success<R> = string | { message: string; undo?: (result: R) => void };

/**
 * Runs an action on a work item (ticket, session, task) and keeps what the screen shows in step: on success it refetches, then says
 * so (the toast comes after the new state is on screen, with "Undo" where the change can be taken
 * back); on a refusal it keeps the message (a conflict offers a reload, nothing is overwritten). A
 * screen that shows problems in more than one place (the page, an open dialog) uses one of these each.
 */
export function useWorkItemCommand(kind: WorkItemKind, number: number) {
  const t = useTranslations();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<ActionError | null>(null);
  const [pending, startTransition] = useTransition();

  const refresh = useCallback(async () => {
    const keys = workItemKeys(kind);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.detail(number) }),
      queryClient.invalidateQueries({ queryKey: keys.lists() }),
    ]);
  }, [queryClient, kind, number]);

  const run = useCallback(
    <R extends ActionResult>(
      call: () => Promise<R>,
      success: Success<NonNullable<R>["data"]>,
      after?: () => void,
    ) =>
      startTransition(async () => {
        const result = await call();
        if (result?.serverError) {
          setProblem(result.serverError);
          return;
        }
        if (result?.validationErrors) {
          const fieldErrors = validationFieldErrors(result.validationErrors);
          for (const [field, list] of Object.entries(fieldErrors)) {
            fieldErrors[field] = list.map((m) => validationText(t, m));
          }
          const first = Object.values(fieldErrors).flat()[0];
          setProblem({ code: "invalid", message: first ?? t("errors.checkInput"), fieldErrors });
          return;
        }
        setProblem(null);
        after?.();
        await refresh();
        const { message, undo } =
          typeof success === "string" ? { message: success, undo: undefined } : success;
        const data = result?.data as NonNullable<R>["data"];
        toast.success(message, {
          duration: undo ? UNDO_MS : undefined,
          action: undo ? { label: t("common.undo"), onClick: () => undo(data) } : undefined,
        });
      }),
    [refresh, t],
  );

  const reload = useCallback(async () => {
    setProblem(null);
    await refresh();
  }, [refresh]);

  const dismiss = useCallback(() => setProblem(null), []);

  return { run, pending, problem, reload, dismiss };
}
