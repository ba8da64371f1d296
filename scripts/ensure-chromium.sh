#!/usr/bin/env bash
# Finds a Chromium for Playwright (it cannot download its own browsers here) and prints its path.
# Order: $CHROMIUM_PATH, /usr/bin/chromium, else (as root) installs Debian's package.
# Usage: export CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)". Diagnostics go to stderr.
set -euo pipefail

usable() { [[ -n "${1:-}" && -x "$1" && ! -d "$1" ]]; }

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  if usable "$CHROMIUM_PATH"; then
    echo "$CHROMIUM_PATH"
    exit 0
  fi
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file; looking elsewhere." >&2
fi

for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
  if usable "$candidate"; then
    echo "$candidate"
    exit 0
  fi
done

if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found: installing Debian's chromium package..." >&2
  export DEBIAN_FRONTEND=noninteractive
  # stdout of apt goes to stderr too: this script's stdout is only the path.
  apt-get update -qq >&2
  apt-get install -y -qq chromium >&2
  if usable /usr/bin/chromium; then
    echo /usr/bin/chromium
    exit 0
  fi
  echo "apt-get installed chromium but /usr/bin/chromium is missing." >&2
  exit 1
fi

echo "Chromium not found: run \`sudo apt-get install chromium\` or set CHROMIUM_PATH to a Chromium binary." >&2
exit 1
