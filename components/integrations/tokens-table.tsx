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
  const t = useTranslations("settings.api");
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
  const t = useTranslations("settings.api");
  if (tokens.length === 0) return <p className="text-sm text-muted-foreground">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-border">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("tableLabel")}</caption>
        <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
          <tr>
            <th className="px-3 py-2 font-medium">{t("columns.name")}</th>
            <th className="px-3 py-2 font-medium">{t("columns.access")}</th>
            <th className="px-3 py-2 font-medium">{t("columns.lastUsed")}</th>
            <th className="px-3 py-2 font-medium">{t("columns.expires")}</th>
            <th className="px-3 py-2">
              <span className="sr-only">{t("columns.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className="border-t border-border">
              <td className="px-3 py-2">
                <div className="font-medium">{token.name}</div>
                <code className="text-xs text-muted-foreground">{token.prefix}…</code>
              </td>
              <td className="px-3 py-2">
                {t(`accessOptions.${token.scopes.includes("write") ? "write" : "read"}`)}
              </td>
              <td className="px-3 py-2">
                {token.lastUsedAt ? <DateTime value={token.lastUsedAt} /> : t("neverUsed")}
              </td>
              <td className="px-3 py-2">
                {token.expired ? (
                  <Badge tone="danger">{t("expired")}</Badge>
                ) : token.expiresAt ? (
                  <DateTime value={token.expiresAt} style="date" />
                ) : (
                  t("lifetimes.never")
                )}
              </td>
              <td className="px-3 py-2 text-right">
                <RevokeButton token={token} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
