import { getActor, getRequestLocale } from "@/lib/auth/get-actor";
import { translator } from "@/lib/i18n/translate";
import { currentMonth, parseMonth } from "@/lib/pay/month";
import { payCsvFilename, payMonthCsv } from "@/lib/pay/pay-csv";
import { getPayMonth } from "@/lib/pay/queries";
import { getDb } from "@/lib/server/db";

export const dynamic = "force-dynamic";

/** Settings → Pay → Download CSV: the month's pay entries, one line each (admins only), in the reader's language. */
export async function GET(request: Request) {
  const actor = await getActor();
  const t = translator(await getRequestLocale());
  if (!actor)
    return Response.json({ code: "unauthenticated", message: t.t("errors.signInFirst") }, { status: 401 });
  if (actor.role !== "admin") {
    return Response.json({ code: "forbidden", message: t.t("errors.pay.onlyAdmins") }, { status: 403 });
  }
  const raw = new URL(request.url).searchParams.get("month");
  const range = parseMonth(raw ?? currentMonth());
  if (!range) {
    return Response.json({ code: "invalid", message: t.t("settings.pay.csv.invalidMonth") }, { status: 400 });
  }
  const pay = await getPayMonth({ actor, db: await getDb() }, range);
  return new Response(payMonthCsv(pay, t.t), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${payCsvFilename(range.month)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
