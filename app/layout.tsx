import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";
import { Providers } from "@/components/layout/providers";
import { BASE_NAMESPACES } from "@/lib/i18n/client-namespaces";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("appName"), template: `%s · ${t("appName")}` },
    description: t("appDescription"),
    applicationName: t("appName"),
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0f172a" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, nonce] = await Promise.all([
    getLocale(),
    headers().then((h) => h.get("x-nonce") ?? undefined),
  ]);
  return (
    // next-themes sets the theme class before paint, so the server's markup differs by design.
    <html lang={locale} suppressHydrationWarning>
      <body>
        <ClientMessages namespaces={BASE_NAMESPACES}>
          <Providers nonce={nonce}>{children}</Providers>
        </ClientMessages>
      </body>
    </html>
  );
}
