import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppHeader, type NavItem } from "@/components/layout/app-header";
import { LiveUpdates } from "@/components/layout/live-updates";
import { ShortcutsHelp } from "@/components/layout/shortcuts-help";
import { requireStaff } from "@/lib/auth/get-actor";
import { listMyNotifications } from "@/lib/notifications/queries";
import { getDb } from "@/lib/server/db";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await requireStaff();
  const [notifications, t] = await Promise.all([
    listMyNotifications({ actor, db: await getDb() }),
    getTranslations("nav"),
  ]);
  const nav: NavItem[] = [{ href: "/tickets", label: t("tickets") }];
  if (actor.role === "admin") nav.push({ href: "/settings", label: t("settings") });
  nav.push({ href: "/profile", label: t("profile") });
  return (
    <>
      <AppHeader actor={actor} nav={nav} home="/tickets" notifications={notifications} wide />
      <LiveUpdates />
      <ShortcutsHelp />
      <main id="main" className="mx-auto max-w-7xl px-3 py-5 sm:px-4 sm:py-6">
        {children}
      </main>
    </>
  );
}
