"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState, useTransition } from "react";
import { toast } from "sonner";
import type { ActionError } from "@/lib/server/action-client";
import { ticketKeys } from "@/lib/tickets/query-keys";

type ActionResult = { data?: unknown; serverError?: ActionError; validationErrors?: unknown } | undefined;

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

function validationProblem(errors: unknown): ActionError {
  const fieldErrors = validationFieldErrors(errors);
  const first = Object.values(fieldErrors).flat()[0];
  return { code: "invalid", message: first ?? "Please check your input.", fieldErrors };
}

/**
 * Runs a ticket action and keeps what the screen shows in step: on success it refetches; on a
 * refusal it keeps the message (a conflict offers a reload, nothing is overwritten). A screen
 * that shows problems in more than one place (the page, an open dialog) uses one of these each.
 */
export function useTicketCommand(number: number) {
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<ActionError | null>(null);
  const [pending, startTransition] = useTransition();

  const refresh = useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ticketKeys.detail(number) }),
      queryClient.invalidateQueries({ queryKey: ["tickets", "list"] }),
    ]);
  }, [queryClient, number]);

  const run = useCallback(
    (call: () => Promise<ActionResult>, success: string, after?: () => void) =>
      startTransition(async () => {
        const result = await call();
        if (result?.serverError) {
          setProblem(result.serverError);
          return;
        }
        if (result?.validationErrors) {
          setProblem(validationProblem(result.validationErrors));
          return;
        }
        setProblem(null);
        toast.success(success);
        after?.();
        await refresh();
      }),
    [refresh],
  );

  const reload = useCallback(async () => {
    setProblem(null);
    await refresh();
  }, [refresh]);

  const dismiss = useCallback(() => setProblem(null), []);

  return { run, pending, problem, reload, dismiss };
}
