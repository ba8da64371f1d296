import type { AssetAdminRow } from "@/lib/assets/queries";
import { EditAssetDialog } from "./asset-dialogs";
import type { EmployeeChoice } from "./asset-fields";
import { RegenerateCodeDialog } from "./regenerate-code-dialog";

export function AssetsTable({ assets, employees }: { assets: AssetAdminRow[]; employees: EmployeeChoice[] }) {
  if (assets.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 p-6 text-sm text-slate-600">
        No assets yet.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              Name
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Access code
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Responsible employees
            </th>
            <th scope="col" className="px-4 py-2 text-right font-medium">
              Customers
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {assets.map((asset) => (
            <tr key={asset.id}>
              <td className="px-4 py-2 font-medium text-slate-900">{asset.name}</td>
              <td className="px-4 py-2">
                <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-sm tracking-wider">
                  {asset.accessCode}
                </code>
              </td>
              <td className="px-4 py-2">
                {asset.responsibles.length === 0 ? (
                  <span className="text-slate-500">None: offers go to every member</span>
                ) : (
                  asset.responsibles.map((r, i) => (
                    <span key={r.id} className={r.active ? undefined : "text-slate-500"}>
                      {i > 0 ? ", " : null}
                      {r.name}
                      {r.active ? null : " (disabled)"}
                    </span>
                  ))
                )}
              </td>
              <td className="px-4 py-2 text-right tabular-nums">{asset.customerCount}</td>
              <td className="px-4 py-2">
                <div className="flex justify-end gap-2">
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
