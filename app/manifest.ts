import type { MetadataRoute } from "next";
import { getTranslations } from "next-intl/server";

/** Lets phones add the helpdesk to their home screen with its own icon and name. */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations("common");
  return {
    name: t("appName"),
    short_name: t("appName"),
    description: t("appDescription"),
    start_url: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#1d4ed8",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
}
