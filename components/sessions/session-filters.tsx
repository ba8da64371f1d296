import { getTranslations } from "next-intl/server";
import { SESSION_STATUS_FILTERS, type SessionListQuery } from "@/lib/sessions/schemas";
import { Button } from "../ui/button";
import { Label, NativeSelect } from "../ui/form-controls";

/** The staff overview's filters as a plain GET form. */
export async function SessionFilters({
  query,
  assets,
  employees,
}: {
  query: SessionListQuery;
  assets: { id: string; name: string }[];
  employees: { id: string; name: string }[];
}) {
  const t = await getTranslations("sessions.list");
  const tw = await getTranslations("workflow");
  return (
    <form
      method="get"
      action="/sessions"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-border bg-card p-3"
    >
      <div className="flex flex-col gap-1">
        <Label htmlFor="filter-status">{t("statusLabel")}</Label>
        <NativeSelect id="filter-status" name="status" defaultValue={query.status} className="w-auto">
          {SESSION_STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {status === "active"
                ? t("statuses.active")
                : status === "any"
                  ? t("statuses.any")
                  : tw(`categories.${status}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="filter-asset">{t("assetLabel")}</Label>
        <NativeSelect id="filter-asset" name="asset" defaultValue={query.asset ?? ""} className="w-auto">
          <option value="">{t("anyAsset")}</option>
          {assets.map((asset) => (
            <option key={asset.id} value={asset.id}>
              {asset.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="filter-responsible">{t("responsibleLabel")}</Label>
        <NativeSelect
          id="filter-responsible"
          name="responsible"
          defaultValue={query.responsible ?? ""}
          className="w-auto"
        >
          <option value="">{t("anyone")}</option>
          <option value="me">{t("me")}</option>
          {employees.map((employee) => (
            <option key={employee.id} value={employee.id}>
              {employee.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <Button type="submit" variant="outline">
        {t("apply")}
      </Button>
    </form>
  );
}
