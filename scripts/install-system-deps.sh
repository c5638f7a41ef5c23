#!/usr/bin/env bash
# Installs the system tools the renderer tests drive: Graphviz's `dot` (every DOT golden must render)
# and Debian's headless `chromium` (the HTML graph is opened in a real browser).
# Idempotent and quiet: when both binaries are already on PATH, apt is not touched at all, so CI
# images that bake them in pay nothing. Never downloads a browser itself; only Debian packages.
set -euo pipefail

if command -v dot >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "install-system-deps: need root or sudo to install graphviz and chromium" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends graphviz chromium >/dev/null

command -v dot >/dev/null 2>&1 || { echo "install-system-deps: dot still missing after apt-get" >&2; exit 1; }
command -v chromium >/dev/null 2>&1 || { echo "install-system-deps: chromium still missing after apt-get" >&2; exit 1; }
