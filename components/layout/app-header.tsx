import { LifeBuoy } from "lucide-react";
import Link from "next/link";
import { signOut } from "@/lib/auth/auth";
import type { Actor } from "@/lib/context";
import type { NotificationsView } from "@/lib/notifications/queries";
import { ROLE_LABELS } from "@/lib/workflow/roles";
import { Button } from "../ui/button";
import { NavLink } from "./nav-link";
import { NotificationsBell } from "./notifications-bell";

export type NavItem = { href: string; label: string };

export function AppHeader({
  actor,
  nav,
  home,
  notifications,
}: {
  actor: Actor;
  nav: NavItem[];
  home: string;
  notifications: NotificationsView;
}) {
  async function doSignOut() {
    "use server";
    await signOut({ redirectTo: "/login" });
  }
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-6 px-4">
        <Link href={home} className="flex items-center gap-2 font-semibold text-slate-900">
          <LifeBuoy className="size-5 text-blue-600" aria-hidden />
          Helpdesk
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1">
          {nav.map((item) => (
            <NavLink key={item.href} href={item.href}>
              {item.label}
            </NavLink>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <NotificationsBell initial={notifications} />
          <span className="text-slate-600">
            {actor.name} <span className="text-slate-400">· {ROLE_LABELS[actor.role]}</span>
          </span>
          <form action={doSignOut}>
            <Button type="submit" variant="outline" size="sm">
              Sign out
            </Button>
          </form>
        </div>
      </div>
    </header>
  );
}
