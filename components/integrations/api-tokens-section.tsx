import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { ApiTokenItem } from "@/lib/api-tokens/queries";
import { NewTokenDialog } from "./new-token-dialog";
import { TokensTable } from "./tokens-table";

const code = (chunks: ReactNode) => <code className="font-mono text-xs">{chunks}</code>;
const docs = (chunks: ReactNode) => (
  <a href="/api/v1/docs" className="font-medium underline underline-offset-2">
    {chunks}
  </a>
);

/** A person's API tokens with "New token": Settings → API for employees, the profile for customers. */
export async function ApiTokensSection({
  tokens,
  heading,
}: {
  tokens: ApiTokenItem[];
  heading: "h1" | "h2";
}) {
  const t = await getTranslations("profile.apiTokens");
  const Heading = heading;
  return (
    <section className="space-y-4" aria-labelledby="api-tokens-heading">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <Heading
            id="api-tokens-heading"
            className={heading === "h1" ? "text-2xl font-semibold" : "text-xl font-semibold"}
          >
            {t("title")}
          </Heading>
          <p className="text-sm text-muted-foreground">{t("intro")}</p>
          <p className="text-sm text-muted-foreground">{t.rich("howTo", { code, docs })}</p>
        </div>
        <NewTokenDialog />
      </div>
      <TokensTable tokens={tokens} />
    </section>
  );
}
