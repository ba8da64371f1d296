import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RefreshOnChange } from "@/components/layout/refresh-on-change";
import { NewSessionDialog } from "@/components/sessions/new-session-dialog";
import { SessionFilters } from "@/components/sessions/session-filters";
import { SessionTable } from "@/components/sessions/session-table";
import { requireStaff } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";
import { sessionFormOptions } from "@/lib/sessions/form-options";
import { listSessions } from "@/lib/sessions/queries";
import { sessionListSchema } from "@/lib/sessions/schemas";
import { listEmployees } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sessions.list"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SessionsPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const ctx = { actor, db: await getDb() };
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  const query = sessionListSchema.parse(raw);
  const [page, options, employees, t] = await Promise.all([
    listSessions(ctx, query),
    sessionFormOptions(ctx),
    listEmployees(ctx),
    getTranslations("sessions.list"),
  ]);
  const keep = new URLSearchParams(
    Object.entries({ status: query.status, asset: query.asset, responsible: query.responsible }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  return (
    <div className="space-y-4">
      <RefreshOnChange kind="video_session" />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold text-foreground">{t("title")}</h1>
        <NewSessionDialog assets={options} />
      </div>
      <SessionFilters query={query} assets={options} employees={employees} />
      <SessionTable
        items={page.items}
        base="/sessions"
        staff
        nextHref={
          page.nextAfter === null
            ? null
            : `/sessions?${new URLSearchParams([...keep, ["after", String(page.nextAfter)]])}`
        }
        firstHref={query.after ? `/sessions?${keep}` : null}
      />
    </div>
  );
}
