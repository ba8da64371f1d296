import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { LiveUpdates } from "@/components/layout/live-updates";
import { requireCodeUser } from "@/lib/auth/get-actor";
import { listMyNotifications } from "@/lib/notifications/queries";
import { getDb } from "@/lib/server/db";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const actor = await requireCodeUser();
  const notifications = await listMyNotifications({ actor, db: await getDb() });
  return (
    <>
      <AppHeader
        actor={actor}
        notifications={notifications}
        home="/portal/tickets"
        nav={[
          { href: "/portal/tickets", label: "Tickets" },
          { href: "/portal/assets", label: "My assets" },
          { href: "/portal/profile", label: "Profile" },
        ]}
      />
      <LiveUpdates />
      <main className="mx-auto max-w-5xl px-4 py-6">{children}</main>
    </>
  );
}
