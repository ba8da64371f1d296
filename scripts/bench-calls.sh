#!/usr/bin/env bash
# The call benchmarks: signalling latency across two app instances on PostgreSQL (BENCH_DATABASE_URL;
# skipped without it), then call set-up time in the browser inside a loopback-only network namespace.
# Both start servers from the production build (`npm run build` first).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
run="node --conditions=react-server --import tsx"
$run scripts/bench-signalling.ts
inner="ip link set lo up && exec $run scripts/bench-call-setup.ts"
if [[ "$(id -u)" == "0" ]]; then
  unshare -n bash -c "$inner"
elif unshare -rn true 2>/dev/null; then
  unshare -rn bash -c "$inner"
else
  echo "Call set-up benchmark skipped: it needs a network namespace (run as root, or allow unprivileged user namespaces)." >&2
fi
