import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AUDIT_TARGETS } from "@/lib/audit/audit-actions";
import type { AuditFilters as Filters } from "@/lib/audit/schemas";
import { buttonVariants } from "../ui/button";
import { Input, Label, NativeSelect } from "../ui/form-controls";

/** A plain GET form: the filters live in the address, so a filtered list can be bookmarked or shared. */
export async function AuditFilters({
  filters,
  actors,
}: {
  filters: Filters;
  actors: readonly { id: string; name: string }[];
}) {
  const t = await getTranslations("settings.audit");
  const filtered = Boolean(filters.target || filters.actor || filters.from || filters.to);
  return (
    <form
      method="get"
      aria-label={t("filters.label")}
      className="grid grid-cols-2 gap-3 rounded-lg border border-border bg-card p-4 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto]"
    >
      <div className="col-span-2 space-y-1 sm:col-span-1">
        <Label htmlFor="audit-target">{t("filters.what")}</Label>
        <NativeSelect id="audit-target" name="target" defaultValue={filters.target ?? ""}>
          <option value="">{t("filters.anything")}</option>
          {AUDIT_TARGETS.map((target) => (
            <option key={target} value={target}>
              {t(`targets.${target}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="col-span-2 space-y-1 sm:col-span-1">
        <Label htmlFor="audit-actor">{t("filters.who")}</Label>
        <NativeSelect id="audit-actor" name="actor" defaultValue={filters.actor ?? ""}>
          <option value="">{t("filters.anyone")}</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
          <option value="cli">{t("commandLine")}</option>
        </NativeSelect>
      </div>
      <div className="space-y-1">
        <Label htmlFor="audit-from">{t("filters.from")}</Label>
        <Input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} />
      </div>
      <div className="space-y-1">
        <Label htmlFor="audit-to">{t("filters.to")}</Label>
        <Input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} />
      </div>
      <div className="col-span-2 flex items-end gap-2 lg:col-span-1">
        <button type="submit" className={buttonVariants({ variant: "primary" })}>
          {t("filters.apply")}
        </button>
        {filtered ? (
          <Link href="/settings/audit" className={buttonVariants({ variant: "ghost" })}>
            {t("filters.clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
