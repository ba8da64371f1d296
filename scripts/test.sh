#!/usr/bin/env bash
# The one command that runs every test: Vitest (unit + integration), then Playwright end to end.
#   npm test                                                      # PGlite everywhere
#   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm test   # PostgreSQL everywhere
# With TEST_DATABASE_URL, integration tests create a database per file on that server, and the e2e
# server runs on a fresh database `helpdesk_e2e` there (migrated and seeded before it starts);
# without it, integration tests use in-memory PGlite and the e2e server a fresh ./data-e2e.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [[ ! -x node_modules/.bin/vitest || ! -x node_modules/.bin/playwright ]]; then
  echo "Dependencies are missing: run \`npm install\` first." >&2
  exit 1
fi

CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)"
export CHROMIUM_PATH

if [[ -n "${TEST_DATABASE_URL:-}" ]]; then
  db_label="PostgreSQL (${TEST_DATABASE_URL%%\?*})"
else
  db_label="PGlite"
fi

echo "== Vitest: unit + integration on ${db_label}"
npx vitest run

echo "== Playwright: end to end on ${db_label} (Chromium: ${CHROMIUM_PATH})"
# The web server of the previous run must be gone: a stale one would hold the port or the data dir.
if (exec 3<>/dev/tcp/127.0.0.1/3100) 2>/dev/null; then
  echo "Port 3100 is in use (a server left from an earlier run?). Stop it and run again." >&2
  command -v ss >/dev/null 2>&1 && ss -ltnp 'sport = :3100' >&2 || true
  exit 1
fi
rm -rf ./data-e2e ./data-e2e-calls
npx playwright test "$@"

echo "== Playwright: browser calls with fake camera and microphone, loopback-only network, PGlite"
# The run above built .next; the call tests' own server (port 3101) starts from that build.
E2E_SKIP_BUILD=1 bash scripts/run-call-tests.sh
