import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Actor } from "@/lib/context";
import { STAFF_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { listMyNotifications } from "@/lib/notifications/queries";
import { getDb } from "@/lib/server/db";
import { getDemoPasswordWarning } from "@/lib/users/queries";
import { AppHeader, type NavItem } from "./app-header";
import { ClientMessages } from "./client-messages";
import { DemoPasswordBanner } from "./demo-password-banner";
import { LiveUpdates } from "./live-updates";
import { ShortcutsHelp } from "./shortcuts-help";

/** The employees' frame around every staff page: header, navigation, live updates, shortcuts. */
export async function StaffShell({ actor, children }: { actor: Actor; children: ReactNode }) {
  const db = await getDb();
  const [notifications, demoWarning, t] = await Promise.all([
    listMyNotifications({ actor, db }),
    getDemoPasswordWarning({ actor, db }),
    getTranslations("nav"),
  ]);
  const nav: NavItem[] = [
    { href: "/tickets", label: t("tickets") },
    { href: "/sessions", label: t("videoSessions") },
    { href: "/tasks", label: t("tasks") },
  ];
  // Every employee has Settings: their own API tokens live there, the rest is for admins.
  nav.push({ href: "/settings", label: t("settings") });
  nav.push({ href: "/profile", label: t("profile") });
  return (
    <ClientMessages namespaces={STAFF_NAMESPACES}>
      <AppHeader actor={actor} nav={nav} home="/tickets" notifications={notifications} wide />
      {demoWarning ? <DemoPasswordBanner actor={actor} warning={demoWarning} /> : null}
      <LiveUpdates />
      <ShortcutsHelp />
      <main id="main" className="mx-auto max-w-7xl px-3 py-5 sm:px-4 sm:py-6">
        {children}
      </main>
    </ClientMessages>
  );
}
