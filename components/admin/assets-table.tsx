import { getTranslations } from "next-intl/server";
import type { AssetAdminRow } from "@/lib/assets/queries";
import { EditAssetDialog } from "./asset-dialogs";
import type { EmployeeChoice } from "./asset-fields";
import { RegenerateCodeDialog } from "./regenerate-code-dialog";

const th = "px-4 py-2 font-medium";
const td = "md:px-4 md:py-2";

export async function AssetsTable({
  assets,
  employees,
}: {
  assets: AssetAdminRow[];
  employees: EmployeeChoice[];
}) {
  const t = await getTranslations("settings.assets");
  if (assets.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-input p-6 text-sm text-muted-foreground">
        {t("empty")}
      </p>
    );
  }
  return (
    <div className="rounded-lg border border-border bg-card md:overflow-x-auto">
      <table className="table-cards w-full text-left text-sm">
        <thead className="border-b border-border bg-muted text-xs text-muted-foreground uppercase">
          <tr>
            <th scope="col" className={th}>
              {t("columns.name")}
            </th>
            <th scope="col" className={th}>
              {t("columns.accessCode")}
            </th>
            <th scope="col" className={th}>
              {t("columns.responsibles")}
            </th>
            <th scope="col" className={`${th} text-right`}>
              {t("columns.customers")}
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">{t("columns.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {assets.map((asset) => (
            <tr key={asset.id}>
              <td data-label={t("columns.name")} className={`${td} font-medium text-foreground`}>
                {asset.name}
              </td>
              <td data-label={t("columns.accessCode")} className={td}>
                <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-sm tracking-wider break-all">
                  {asset.accessCode}
                </code>
              </td>
              <td data-label={t("columns.responsibles")} className={td}>
                {asset.responsibles.length === 0 ? (
                  <span className="text-muted-foreground">{t("noResponsibles")}</span>
                ) : (
                  <span>
                    {asset.responsibles.map((r, i) => (
                      <span key={r.id} className={r.active ? undefined : "text-muted-foreground"}>
                        {i > 0 ? ", " : null}
                        {r.active ? r.name : t("responsibleDisabled", { name: r.name })}
                      </span>
                    ))}
                  </span>
                )}
              </td>
              <td data-label={t("columns.customers")} className={`${td} tabular-nums md:text-right`}>
                {asset.customerCount}
              </td>
              <td className={td}>
                <div className="flex flex-wrap gap-2 md:justify-end">
                  <EditAssetDialog
                    asset={{
                      id: asset.id,
                      name: asset.name,
                      responsibleIds: asset.responsibles.map((r) => r.id),
                    }}
                    employees={employees}
                  />
                  <RegenerateCodeDialog asset={{ id: asset.id, name: asset.name }} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
