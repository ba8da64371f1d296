#!/usr/bin/env bash
# Runs the browser-call tests (playwright.calls.config.ts) inside a loopback-only network namespace,
# so Chromium's WebRTC uses loopback, as on a machine with no network. As root: `unshare -n`; as
# another user: an unprivileged user namespace (`unshare -rn`) where the kernel allows it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
inner='ip link set lo up && exec npx playwright test -c playwright.calls.config.ts "$@"'
if [[ "$(id -u)" == "0" ]]; then
  exec unshare -n bash -c "$inner" run-call-tests "$@"
fi
if unshare -rn true 2>/dev/null; then
  exec unshare -rn bash -c "$inner" run-call-tests "$@"
fi
echo "Call tests need a network namespace: run the tests as root, or allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1)." >&2
exit 1
