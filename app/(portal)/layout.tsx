import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { ClientMessages } from "@/components/layout/client-messages";
import { LiveUpdates } from "@/components/layout/live-updates";
import { requireCodeUser } from "@/lib/auth/get-actor";
import { PORTAL_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { listMyNotifications } from "@/lib/notifications/queries";
import { getDb } from "@/lib/server/db";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const actor = await requireCodeUser();
  const [notifications, t] = await Promise.all([
    listMyNotifications({ actor, db: await getDb() }),
    getTranslations("nav"),
  ]);
  return (
    <ClientMessages namespaces={PORTAL_NAMESPACES}>
      <AppHeader
        actor={actor}
        notifications={notifications}
        home="/portal/assistant"
        nav={[
          { href: "/portal/assistant", label: t("assistant") },
          { href: "/portal/tickets", label: t("tickets") },
          { href: "/portal/sessions", label: t("videoSessions") },
          { href: "/portal/assets", label: t("myAssets") },
          { href: "/portal/profile", label: t("profile") },
        ]}
      />
      <LiveUpdates />
      <main id="main" className="mx-auto max-w-5xl px-3 py-5 sm:px-4 sm:py-6">
        {children}
      </main>
    </ClientMessages>
  );
}
