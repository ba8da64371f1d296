"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useAction } from "next-safe-action/hooks";
import { toast } from "sonner";
import { revokeApiTokenAction } from "@/app/actions/api-tokens";
import type { ApiTokenItem } from "@/lib/api-tokens/queries";
import { useActionFeedback } from "../forms/action-feedback";
import { Alert } from "../ui/alert";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { DateTime } from "../ui/date-time";

function RevokeButton({ token }: { token: ApiTokenItem }) {
  const t = useTranslations("profile.apiTokens");
  const router = useRouter();
  const { executeAsync, result, isPending } = useAction(revokeApiTokenAction);
  const { message } = useActionFeedback(result);
  return (
    <ConfirmDialog
      title={t("revokeTitle", { name: token.name })}
      description={t("revokeDescription")}
      confirmLabel={t("revoke")}
      destructive
      pending={isPending}
      trigger={
        <Button variant="outline" size="sm" aria-label={t("revokeNamed", { name: token.name })}>
          {t("revoke")}
        </Button>
      }
      onConfirm={async () => {
        const done = await executeAsync({ tokenId: token.id });
        if (!done?.data && done?.serverError) return false;
        toast.success(t("revoked", { name: token.name }));
        router.refresh();
        return true;
      }}
    >
      {message ? <Alert>{message}</Alert> : null}
    </ConfirmDialog>
  );
}

export function TokensTable({ tokens }: { tokens: ApiTokenItem[] }) {
  const t = useTranslations("profile.apiTokens");
  if (tokens.length === 0) return <p className="text-sm text-muted-foreground">{t("empty")}</p>;
  return (
    <div className="rounded-lg border border-border bg-card md:overflow-x-auto">
      <table className="table-cards w-full text-left text-sm" aria-label={t("tableLabel")}>
        <thead className="border-b border-border bg-muted text-xs text-muted-foreground uppercase">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("columns.name")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("columns.access")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("columns.lastUsed")}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t("columns.expires")}
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">{t("columns.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className="border-t border-border">
              <td data-label={t("columns.name")} className="md:px-3 md:py-2">
                <div className="font-medium">{token.name}</div>
                <code className="text-xs text-muted-foreground">{token.prefix}…</code>
              </td>
              <td data-label={t("columns.access")} className="md:px-3 md:py-2">
                {t(`accessOptions.${token.scopes.includes("write") ? "write" : "read"}`)}
              </td>
              <td data-label={t("columns.lastUsed")} className="md:px-3 md:py-2">
                {token.lastUsedAt ? <DateTime value={token.lastUsedAt} /> : t("neverUsed")}
              </td>
              <td data-label={t("columns.expires")} className="md:px-3 md:py-2">
                {token.expired ? (
                  <Badge tone="danger">{t("expired")}</Badge>
                ) : token.expiresAt ? (
                  <DateTime value={token.expiresAt} style="date" />
                ) : (
                  t("lifetimes.never")
                )}
              </td>
              <td data-label={t("columns.actions")} className="md:px-3 md:py-2 md:text-right">
                <RevokeButton token={token} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
