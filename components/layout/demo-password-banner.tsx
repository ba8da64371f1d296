import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/context";
import type { DemoPasswordWarning } from "@/lib/users/queries";

/**
 * Shown on every staff page while any active account still has the seed's public password: on a
 * server others can reach, anyone could sign in with it.
 */
export async function DemoPasswordBanner({ actor, warning }: { actor: Actor; warning: DemoPasswordWarning }) {
  const t = await getTranslations("nav.demoPassword");
  const link = warning.mine ? (
    <Link href="/profile" className="font-medium underline underline-offset-2">
      {t("changeMine")}
    </Link>
  ) : actor.role === "admin" ? (
    <Link href="/settings/users" className="font-medium underline underline-offset-2">
      {t("manageUsers")}
    </Link>
  ) : null;
  return (
    <section
      aria-label={t("label")}
      className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100"
    >
      {warning.mine ? t("mine", { others: warning.accounts - 1 }) : t("others", { count: warning.accounts })}{" "}
      {link}
    </section>
  );
}
