import type { ReactNode } from "react";
import { AppHeader, type NavItem } from "@/components/layout/app-header";
import { LiveUpdates } from "@/components/layout/live-updates";
import { requireStaff } from "@/lib/auth/get-actor";
import { listMyNotifications } from "@/lib/notifications/queries";
import { getDb } from "@/lib/server/db";

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await requireStaff();
  const notifications = await listMyNotifications({ actor, db: await getDb() });
  const nav: NavItem[] = [{ href: "/tickets", label: "Tickets" }];
  if (actor.role === "admin") nav.push({ href: "/settings", label: "Settings" });
  return (
    <>
      <AppHeader actor={actor} nav={nav} home="/tickets" notifications={notifications} />
      <LiveUpdates />
      <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
    </>
  );
}
