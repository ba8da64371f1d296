import { LifeBuoy } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOut } from "@/lib/auth/auth";
import type { Actor } from "@/lib/context";
import type { NotificationsView } from "@/lib/notifications/queries";
import { Button } from "../ui/button";
import { MobileMenu } from "./mobile-menu";
import { NavLink } from "./nav-link";
import { NotificationsBell } from "./notifications-bell";
import { SignOutForm } from "./sign-out-form";
import { ThemeMenu } from "./theme-menu";

export type NavItem = { href: string; label: string };

/** Sticky: it stays in reach on long pages, and toasts keep clear of it (they sit at the bottom). */
export async function AppHeader({
  actor,
  nav,
  home,
  notifications,
  wide = false,
}: {
  actor: Actor;
  nav: NavItem[];
  home: string;
  notifications: NotificationsView;
  /** Staff pages use the wider layout; the header lines up with the page below it. */
  wide?: boolean;
}) {
  const t = await getTranslations();
  async function doSignOut() {
    "use server";
    await signOut({ redirectTo: "/login" });
  }
  const role = t(`workflow.roles.${actor.role}`);
  return (
    <header className="sticky top-0 z-30 border-b border-border bg-card print:hidden">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-card focus:px-3 focus:py-2"
      >
        {t("common.skipToContent")}
      </a>
      <div
        className={`mx-auto flex h-14 ${wide ? "max-w-7xl" : "max-w-5xl"} items-center gap-2 px-3 sm:gap-4 sm:px-4`}
      >
        <Link href={home} className="flex min-h-11 shrink-0 items-center gap-2 font-semibold text-foreground">
          <LifeBuoy className="size-5 text-link" aria-hidden />
          {t("common.appName")}
        </Link>
        <nav aria-label={t("nav.main")} className="hidden items-center gap-1 md:flex">
          {nav.map((item) => (
            <NavLink key={item.href} href={item.href}>
              {item.label}
            </NavLink>
          ))}
        </nav>
        <div className="ml-auto flex min-w-0 items-center gap-1 text-sm sm:gap-2">
          <NotificationsBell initial={notifications} />
          <div className="hidden items-center gap-2 md:flex">
            <ThemeMenu />
            <span className="max-w-48 truncate text-muted-foreground" title={`${actor.name} · ${role}`}>
              {actor.name} <span aria-hidden>·</span> {role}
            </span>
            <SignOutForm signOut={doSignOut}>
              <Button type="submit" variant="outline" size="sm">
                {t("nav.signOut")}
              </Button>
            </SignOutForm>
          </div>
          <MobileMenu nav={nav} name={actor.name} role={role} signOut={doSignOut} />
        </div>
      </div>
    </header>
  );
}
