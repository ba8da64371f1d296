import type { ReactNode } from "react";
import { NavLink } from "@/components/layout/nav-link";
import { requireAdmin } from "@/lib/auth/get-actor";

const SECTIONS = [
  { href: "/settings/users", label: "Users" },
  { href: "/settings/assets", label: "Assets" },
  { href: "/settings/statuses", label: "Statuses" },
  { href: "/settings/workflow", label: "Workflow" },
  { href: "/settings/pay", label: "Pay" },
  { href: "/settings/mail", label: "Mail" },
  { href: "/settings/sms", label: "SMS" },
];

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  await requireAdmin();
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold">Settings</h1>
        <nav aria-label="Settings" className="flex gap-1 border-b border-slate-200 pb-2">
          {SECTIONS.map((s) => (
            <NavLink key={s.href} href={s.href}>
              {s.label}
            </NavLink>
          ))}
        </nav>
      </div>
      {children}
    </div>
  );
}
