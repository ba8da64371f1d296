import createNextIntlPlugin from "next-intl/plugin";

// Catalogs are compiled at build time: pages ship no ICU parser, only the formatter.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite must stay a real node module: bundled, its wasm paths break and land in static files.
  // rate-limiter-flexible loads drizzle-orm with a dynamic import a bundle cannot resolve; both stay
  // node modules so they share one drizzle-orm.
  serverExternalPackages: ["@electric-sql/pglite", "rate-limiter-flexible", "drizzle-orm"],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
