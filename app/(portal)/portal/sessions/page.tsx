import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RefreshOnChange } from "@/components/layout/refresh-on-change";
import { SessionTable } from "@/components/sessions/session-table";
import { Button } from "@/components/ui/button";
import { requireCodeUser } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { listSessions } from "@/lib/sessions/queries";
import { sessionListSchema } from "@/lib/sessions/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sessions.list"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PortalSessionsPage({ searchParams }: Props) {
  const actor = await requireCodeUser();
  const after = (await searchParams).after;
  const query = sessionListSchema.parse({ status: "any", after: Array.isArray(after) ? after[0] : after });
  const [page, t] = await Promise.all([
    listSessions({ actor, db: await getDb() }, query),
    getTranslations("sessions.list"),
  ]);
  return (
    <div className="space-y-4">
      <RefreshOnChange kind="video_session" />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold text-foreground">{t("title")}</h1>
        <Button asChild variant="primary">
          <Link href="/portal/sessions/new">{t("request")}</Link>
        </Button>
      </div>
      {page.items.length === 0 && !query.after ? (
        <p className="rounded-lg border border-dashed border-input p-8 text-center text-muted-foreground">
          {t("emptyPortal")}
        </p>
      ) : (
        <SessionTable
          items={page.items}
          base="/portal/sessions"
          staff={false}
          nextHref={page.nextAfter === null ? null : `/portal/sessions?after=${page.nextAfter}`}
          firstHref={query.after ? "/portal/sessions" : null}
        />
      )}
    </div>
  );
}
