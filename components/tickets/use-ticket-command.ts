"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState, useTransition } from "react";
import { toast } from "sonner";
import type { ActionError } from "@/lib/server/action-client";
import { ticketKeys } from "@/lib/tickets/query-keys";

type ActionResult = { data?: unknown; serverError?: ActionError; validationErrors?: unknown } | undefined;

function firstValidationMessage(errors: unknown): string {
  const walk = (value: unknown): string | null => {
    if (Array.isArray(value)) return typeof value[0] === "string" ? value[0] : null;
    if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        const found = key === "_errors" ? walk(inner) : walk(inner);
        if (found) return found;
      }
    }
    return null;
  };
  return walk(errors) ?? "Please check your input.";
}

/**
 * Runs a ticket action and keeps what the screen shows in step: on success it refetches; on a
 * refusal it keeps the message (a conflict offers a reload, nothing is overwritten).
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
          setProblem({ code: "invalid", message: firstValidationMessage(result.validationErrors) });
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

  return { run, pending, problem, reload, dismiss: () => setProblem(null) };
}
