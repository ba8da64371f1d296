import createNextIntlPlugin from "next-intl/plugin";

// Catalogs are compiled at build time: pages ship no ICU parser, only the formatter.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite must stay a real node module: bundled, its wasm paths break and land in static files.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
