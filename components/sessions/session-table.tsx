import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionListItem } from "@/lib/sessions/types";
import { formatItemNumber } from "@/lib/workflow/work-item-kinds";
import { Badge } from "../ui/badge";
import { DateTime } from "../ui/date-time";
import { KeysetPager } from "../ui/keyset-pager";

/** Sessions as a table (stacked on phones); each reason links to its session. */
export async function SessionTable({
  items,
  base,
  staff,
  nextHref,
  firstHref,
}: {
  items: SessionListItem[];
  base: string;
  staff: boolean;
  nextHref: string | null;
  firstHref: string | null;
}) {
  const t = await getTranslations("sessions.list");
  const tw = await getTranslations("workflow");
  if (items.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-input p-8 text-center text-muted-foreground">
        {t("empty")}
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <div className="rounded-lg border border-border bg-card md:overflow-x-auto">
        <table className="w-full text-left text-sm max-md:block">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="border-b border-border bg-muted text-xs tracking-wide text-muted-foreground uppercase max-md:hidden">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("columns.reason")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("columns.status")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("columns.asset")}
              </th>
              {staff ? (
                <th scope="col" className="px-3 py-2">
                  {t("columns.customer")}
                </th>
              ) : null}
              <th scope="col" className="px-3 py-2">
                {t("columns.created")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border max-md:block">
            {items.map((session) => (
              <tr key={session.id} className="max-md:grid max-md:grid-cols-2 max-md:gap-1 max-md:p-3">
                <td className="px-3 py-2 max-md:col-span-2 max-md:p-0 max-md:text-base">
                  <span className="mr-2 font-mono text-muted-foreground">
                    {formatItemNumber("video_session", session.number)}
                  </span>
                  <Link
                    href={`${base}/${session.number}`}
                    className="font-medium break-words text-link hover:underline"
                  >
                    {session.reason.split("\n")[0]}
                  </Link>
                </td>
                <td className="px-3 py-2 max-md:p-0">
                  <Badge>{tw(`categories.${session.category}`)}</Badge>
                </td>
                <td className="px-3 py-2 max-md:p-0 max-md:text-right">{session.asset.name}</td>
                {staff ? <td className="px-3 py-2 max-md:p-0">{session.customer.name}</td> : null}
                <td className="px-3 py-2 whitespace-nowrap text-muted-foreground max-md:p-0 max-md:text-right">
                  <DateTime value={session.createdAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <KeysetPager firstHref={firstHref} nextHref={nextHref} firstLabel={t("first")} nextLabel={t("next")} />
    </div>
  );
}
