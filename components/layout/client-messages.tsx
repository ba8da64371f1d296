import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { pickNamespaces } from "@/lib/i18n/client-namespaces";
import type { Messages } from "@/lib/i18n/msg";
import { MESSAGES } from "@/lib/i18n/translate";

/** The strings an area's client components need, and no more (lib/i18n/client-namespaces.ts). */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly (keyof Messages)[];
  children: ReactNode;
}) {
  const locale = (await getLocale()) as keyof typeof MESSAGES;
  return (
    <NextIntlClientProvider messages={pickNamespaces(MESSAGES[locale], namespaces)}>
      {children}
    </NextIntlClientProvider>
  );
}
