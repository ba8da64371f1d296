import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/admin/audit-filters";
import { AuditTable } from "@/components/admin/audit-table";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { listAuditActors, listAuditEntries } from "@/lib/audit/queries";
import { auditFiltersSchema, type AuditFilters as Filters } from "@/lib/audit/schemas";
import { requireAdmin } from "@/lib/auth/get-actor";
import { getDb } from "@/lib/server/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.audit"))("title") };
}

function href(filters: Filters, before?: number): string {
  const params = new URLSearchParams();
  for (const key of ["target", "actor", "from", "to"] as const) {
    if (filters[key]) params.set(key, filters[key]);
  }
  if (before) params.set("before", String(before));
  const query = params.toString();
  return query ? `/settings/audit?${query}` : "/settings/audit";
}

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireAdmin();
  const filters = auditFiltersSchema.parse(await searchParams);
  const ctx = { actor, db: await getDb() };
  const [t, page, actors] = await Promise.all([
    getTranslations("settings.audit"),
    listAuditEntries(ctx, filters),
    listAuditActors(ctx),
  ]);
  return (
    <section className="space-y-4">
      <div>
        <h2 className="text-xl font-semibold">{t("title")}</h2>
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
      </div>
      <AuditFilters filters={filters} actors={actors} />
      <AuditTable entries={page.entries} />
      <KeysetPager
        firstHref={filters.before ? href(filters) : null}
        nextHref={page.nextBefore ? href(filters, page.nextBefore) : null}
        firstLabel={t("newest")}
        nextLabel={t("older")}
      />
    </section>
  );
}
