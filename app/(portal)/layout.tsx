import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { LiveUpdates } from "@/components/layout/live-updates";
import { requireCodeUser } from "@/lib/auth/get-actor";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const actor = await requireCodeUser();
  return (
    <>
      <AppHeader
        actor={actor}
        home="/portal/tickets"
        nav={[
          { href: "/portal/tickets", label: "Tickets" },
          { href: "/portal/assets", label: "My assets" },
        ]}
      />
      <LiveUpdates />
      <main className="mx-auto max-w-5xl px-4 py-6">{children}</main>
    </>
  );
}
