import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * Browser calls (e2e/calls.spec.ts): Chromium's fake camera and microphone, two contexts, and a
 * server of their own on port 3101 with a fresh PGlite ./data-e2e-calls. Run inside a loopback-only
 * network namespace (scripts/run-call-tests.sh): Chromium would otherwise gather ICE candidates on
 * the machine's network card, and loopback ones only with --allow-loopback-in-peer-connection.
 * E2E_SKIP_BUILD=1 reuses the last `.next` build (npm test builds it in the run before).
 */
const PORT = 3101;
const BASE_URL = `http://localhost:${PORT}`;
const serve = process.env.E2E_SKIP_BUILD
  ? `npx next start -p ${PORT}`
  : `npm run build && npx next start -p ${PORT}`;
const prepare = "node --conditions=react-server --import tsx scripts/prepare-e2e-db.ts";
const baseArgs = base.use?.launchOptions?.args ?? [];

export default defineConfig({
  ...base,
  testIgnore: undefined,
  testMatch: /calls\.spec\.ts/,
  use: {
    ...base.use,
    baseURL: BASE_URL,
    permissions: ["camera", "microphone"],
    launchOptions: {
      ...base.use?.launchOptions,
      args: [
        ...baseArgs,
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        "--allow-loopback-in-peer-connection",
        "--autoplay-policy=no-user-gesture-required",
      ],
    },
  },
  webServer: {
    command: `unset DATABASE_URL TEST_DATABASE_URL; ${prepare} && ${serve}`,
    env: {
      DATA_DIR: "./data-e2e-calls",
      AUTH_SECRET: "e2e-test-secret-not-for-production-0123456789",
      AUTH_URL: BASE_URL,
      SEED_DEMO: "1",
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
