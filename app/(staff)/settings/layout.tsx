import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";
import { NavLink } from "@/components/layout/nav-link";
import { requireStaff } from "@/lib/auth/get-actor";
import { SETTINGS_NAMESPACES } from "@/lib/i18n/client-namespaces";

const ADMIN_SECTIONS = [
  { href: "/settings/users", key: "users" },
  { href: "/settings/assets", key: "assets" },
  { href: "/settings/statuses", key: "statuses" },
  { href: "/settings/workflow", key: "workflow" },
  { href: "/settings/flows", key: "flows" },
  { href: "/settings/assistant", key: "assistant" },
  { href: "/settings/pay", key: "pay" },
  { href: "/settings/mail", key: "mail" },
  { href: "/settings/sms", key: "sms" },
  { href: "/settings/audit", key: "audit" },
  { href: "/settings/webhooks", key: "webhooks" },
  { href: "/settings/api", key: "api" },
] as const;
const STAFF_SECTIONS = [{ href: "/settings/api", key: "api" }] as const;

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const actor = await requireStaff();
  const sections = actor.role === "admin" ? ADMIN_SECTIONS : STAFF_SECTIONS;
  const t = await getTranslations("settings");
  return (
    <div className="min-w-0 space-y-6">
      <div className="min-w-0 space-y-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {/* On phones the sections scroll sideways inside the bar; the page itself never does. */}
        <nav
          aria-label={t("nav.label")}
          className="flex max-w-full gap-1 overflow-x-auto border-b border-border pb-2 whitespace-nowrap"
        >
          {sections.map((s) => (
            <NavLink key={s.href} href={s.href} className="shrink-0">
              {t(`nav.${s.key}`)}
            </NavLink>
          ))}
        </nav>
      </div>
      <ClientMessages namespaces={SETTINGS_NAMESPACES}>{children}</ClientMessages>
    </div>
  );
}
