import { defineConfig } from "@playwright/test";

/**
 * End-to-end tests against a production build (`next build` + `next start`) on port 3100.
 * Database: a fresh PostgreSQL database `helpdesk_e2e` on the server of TEST_DATABASE_URL when that
 * is set (created, migrated and seeded by scripts/prepare-e2e-db.ts), else a fresh PGlite ./data-e2e.
 * Run everything with `npm test` (scripts/test.sh); `npx playwright test` alone works too.
 * E2E_SKIP_BUILD=1 reuses the last `.next` build (faster while writing specs; stale after code changes).
 */
const PORT = 3100;
// One host name everywhere: Auth.js redirects keep the host they were built with.
const BASE_URL = `http://localhost:${PORT}`;
const E2E_DATA_DIR = "./data-e2e";

function e2eDatabaseUrl(): string | null {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) return null;
  const url = new URL(server);
  url.pathname = "/helpdesk_e2e";
  return url.toString();
}

const databaseUrl = e2eDatabaseUrl();
const prepare = "node --conditions=react-server --import tsx scripts/prepare-e2e-db.ts";
const serve = process.env.E2E_SKIP_BUILD
  ? `npx next start -p ${PORT}`
  : `npm run build && npx next start -p ${PORT}`;

export default defineConfig({
  testDir: "e2e",
  // Browser calls run in a loopback-only network namespace of their own: playwright.calls.config.ts.
  testIgnore: /calls\.spec\.ts/,
  // Two cores, one server and one set of demo data shared by every test.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    browserName: "chromium",
    launchOptions: {
      // Playwright cannot download its browsers here: use Debian's (scripts/ensure-chromium.sh).
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        // Voice messages record from Chromium's fake microphone (a beep), granted without a prompt.
        "--use-fake-device-for-media-stream",
        "--use-fake-ui-for-media-stream",
      ],
    },
    permissions: ["microphone"],
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  webServer: {
    // PGlite: make sure a DATABASE_URL from the caller's shell cannot point the server elsewhere.
    command: databaseUrl ? `${prepare} && ${serve}` : `unset DATABASE_URL; ${prepare} && ${serve}`,
    env: {
      // On PostgreSQL the Web Push keys come from the environment, as production requires (a test
      // pair, not for production); on PGlite the server makes its own under DATA_DIR.
      ...(databaseUrl
        ? {
            DATABASE_URL: databaseUrl,
            VAPID_PUBLIC_KEY:
              "BK5uKnYyzq_tpVg_mdtmJWfyfZfGTwWrsyYHzKlU0wisM1LKG_ssHrGekfJ2DXhYYiBUH5KTe8Y0yOXpWpLhz_U",
            VAPID_PRIVATE_KEY: "oUwdGPGPsX6TOwq4nPM9txkeQyjUD2ydADhbvxyDrgs",
          }
        : { DATA_DIR: E2E_DATA_DIR }),
      AUTH_SECRET: "e2e-test-secret-not-for-production-0123456789",
      AUTH_URL: BASE_URL,
      SEED_DEMO: "1",
      // The webhook test receives on loopback, which the SSRF guard refuses by default.
      WEBHOOK_ALLOW_PRIVATE: "1",
      PORT: String(PORT),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    url: `${BASE_URL}/login`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
