import { getLocale, getTranslations } from "next-intl/server";
import { describeChange } from "@/lib/audit/describe-change";
import type { AuditEntryRow } from "@/lib/audit/queries";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { DateTime } from "../ui/date-time";

/** The audit entries, newest first; on phones each row becomes a card. */
export async function AuditTable({ entries }: { entries: readonly AuditEntryRow[] }) {
  const [t, locale] = await Promise.all([getTranslations("settings.audit"), getLocale()]);
  const tr = translator(locale as Locale);
  if (entries.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-input p-6 text-sm text-muted-foreground">
        {t("empty")}
      </p>
    );
  }
  return (
    <div className="rounded-lg border border-border bg-card md:overflow-x-auto">
      <table className="table-cards w-full text-left text-sm" aria-label={t("tableLabel")}>
        <thead className="border-b border-border bg-muted text-xs text-muted-foreground uppercase">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              {t("columns.when")}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {t("columns.who")}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {t("columns.what")}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {t("columns.change")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border align-top">
          {entries.map((entry) => {
            const lines = describeChange(entry.before, entry.after, tr);
            return (
              <tr key={entry.id}>
                <td
                  data-label={t("columns.when")}
                  className="text-muted-foreground md:px-4 md:py-2 md:whitespace-nowrap"
                >
                  <DateTime value={entry.at} />
                </td>
                <td data-label={t("columns.who")} className="md:px-4 md:py-2 md:whitespace-nowrap">
                  {entry.actorName ?? <span className="italic">{t("commandLine")}</span>}
                </td>
                <td data-label={t("columns.what")} className="md:min-w-56 md:px-4 md:py-2">
                  {/* One block: on phones the cell is a flex row, and a long name (a webhook's URL) must wrap. */}
                  <div className="min-w-0">
                    <span className="font-medium text-foreground">{t(`actions.${entry.action}`)}</span>
                    <span className="text-muted-foreground">: </span>
                    <span className="break-all">{entry.targetLabel}</span>
                  </div>
                </td>
                <td data-label={t("columns.change")} className="md:w-full md:min-w-72 md:px-4 md:py-2">
                  {lines.length === 0 ? (
                    <span className="text-muted-foreground">{t("noDetails")}</span>
                  ) : (
                    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
                      {lines.map((line) => (
                        <div key={line.field} className="contents">
                          <dt className="text-muted-foreground">{line.field}</dt>
                          <dd className="min-w-0 break-words">
                            {line.before !== null ? (
                              <>
                                <del className="text-muted-foreground">{line.before}</del>
                                <span aria-hidden="true"> → </span>
                              </>
                            ) : null}
                            <ins className="no-underline">{line.after ?? t("none")}</ins>
                          </dd>
                        </div>
                      ))}
                    </dl>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
