"use client";

import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTheme } from "next-themes";
import { Dialog as DialogPrimitive } from "radix-ui";
import { useEffect, useState } from "react";
import { cn } from "@/lib/ui/cn";
import { Button } from "../ui/button";
import type { NavItem } from "./app-header";
import { NavLink } from "./nav-link";
import { SignOutForm } from "./sign-out-form";
import { THEMES } from "./theme-menu";

/** Phones: the navigation, theme and sign-out collapse into one menu that opens as a sheet. */
export function MobileMenu({
  nav,
  name,
  role,
  signOut,
}: {
  nav: NavItem[];
  name: string;
  role: string;
  signOut: () => Promise<void>;
}) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const { theme, setTheme } = useTheme();
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page closes the menu.
  useEffect(() => setOpen(false), [pathname]);
  const current = mounted ? (theme ?? "system") : "system";

  return (
    <DialogPrimitive.Root open={open} onOpenChange={setOpen}>
      <DialogPrimitive.Trigger asChild>
        <Button variant="ghost" size="icon" className="md:hidden" aria-label={t("nav.menu")}>
          <Menu aria-hidden />
        </Button>
      </DialogPrimitive.Trigger>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-overlay md:hidden" />
        <DialogPrimitive.Content className="fixed inset-y-0 right-0 z-50 flex w-[min(20rem,calc(100vw-3rem))] flex-col gap-4 overflow-y-auto border-l border-border bg-card p-4 text-foreground shadow-xl focus:outline-none md:hidden">
          <div className="flex items-start justify-between gap-2">
            <div className="min-w-0">
              <DialogPrimitive.Title className="truncate font-semibold">{name}</DialogPrimitive.Title>
              <DialogPrimitive.Description className="text-sm text-muted-foreground">
                {role}
              </DialogPrimitive.Description>
            </div>
            <DialogPrimitive.Close asChild>
              <Button variant="ghost" size="icon" aria-label={t("common.close")}>
                <X aria-hidden />
              </Button>
            </DialogPrimitive.Close>
          </div>
          <nav aria-label={t("nav.main")} className="flex flex-col gap-1">
            {nav.map((item) => (
              <NavLink key={item.href} href={item.href} className="w-full">
                {item.label}
              </NavLink>
            ))}
          </nav>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">{t("common.theme.label")}</legend>
            <div className="grid grid-cols-3 gap-1">
              {THEMES.map((choice) => (
                <Button
                  key={choice}
                  type="button"
                  variant={current === choice ? "primary" : "outline"}
                  aria-pressed={current === choice}
                  onClick={() => setTheme(choice)}
                  className={cn("px-2")}
                >
                  {t(`common.theme.${choice}`)}
                </Button>
              ))}
            </div>
          </fieldset>
          <SignOutForm signOut={signOut} className="mt-auto">
            <Button type="submit" variant="outline" className="w-full">
              {t("nav.signOut")}
            </Button>
          </SignOutForm>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
