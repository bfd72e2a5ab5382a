#!/usr/bin/env bash
# System packages for the browser tests (tests/test_browser.py): Debian's chromium,
# driven by Playwright for Python with executable_path=/usr/bin/chromium.
# Idempotent: does nothing when chromium is already there. Never runs `playwright install`
# (that downloads browsers). When chromium cannot be installed (no root, no apt, no
# network) it says so and exits 0: the browser tests then skip with that reason.
set -uo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "install-system-deps: chromium present ($(/usr/bin/chromium --version 2>/dev/null | head -1))"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: no apt-get here; install chromium yourself to run the browser tests" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
  else
    echo "install-system-deps: not root and no passwordless sudo; browser tests will be skipped" >&2
    exit 0
  fi
fi
echo "install-system-deps: installing chromium with apt-get"
if $SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium; then
  echo "install-system-deps: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
else
  echo "install-system-deps: apt-get could not install chromium; browser tests will be skipped" >&2
fi
exit 0
