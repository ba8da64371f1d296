import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";
import { AUTH_NAMESPACES } from "@/lib/i18n/client-namespaces";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="flex min-h-dvh items-center justify-center p-4 sm:p-6">
      <div className="w-full max-w-sm rounded-lg border border-border bg-card p-6 shadow-sm sm:p-8">
        <ClientMessages namespaces={AUTH_NAMESPACES}>{children}</ClientMessages>
      </div>
    </main>
  );
}
