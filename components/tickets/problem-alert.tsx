"use client";

import type { ActionError } from "@/lib/server/action-client";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

export function ProblemAlert({ problem, onReload }: { problem: ActionError | null; onReload: () => void }) {
  if (!problem) return null;
  return (
    <Alert
      tone={problem.code === "conflict" ? "warning" : "error"}
      className="flex items-center justify-between gap-4"
    >
      <span>{problem.message}</span>
      {problem.code === "conflict" || problem.code === "not_allowed" ? (
        <Button variant="outline" size="sm" onClick={onReload}>
          Reload
        </Button>
      ) : null}
    </Alert>
  );
}
