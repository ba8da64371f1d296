"use client";

import { useTranslations } from "next-intl";
import type { ActionError } from "@/lib/server/action-client";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";

/**
 * A refused command. `inlineFields` names the fields whose errors the caller shows next to them:
 * when those cover all of the problem's field errors, the alert only points to them.
 */
export function ProblemAlert({
  problem,
  onReload,
  inlineFields,
}: {
  problem: ActionError | null;
  onReload: () => void;
  inlineFields?: readonly string[];
}) {
  const t = useTranslations();
  if (!problem) return null;
  const fields = Object.keys(problem.fieldErrors ?? {});
  const shownInline = fields.length > 0 && fields.every((field) => inlineFields?.includes(field));
  return (
    <Alert
      tone={problem.code === "conflict" ? "warning" : "error"}
      className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2"
    >
      <span>{shownInline ? t("errors.correctFields") : problem.message}</span>
      {problem.code === "conflict" || problem.code === "not_allowed" ? (
        <Button variant="outline" size="sm" onClick={onReload}>
          {t("common.reload")}
        </Button>
      ) : null}
    </Alert>
  );
}
