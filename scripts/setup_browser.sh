#!/usr/bin/env bash
# What the player's browser tests and burned-in captions need from Debian, idempotently:
#   chromium + chromium-driver (headless Chromium driven by Selenium: tests/test_browser.py)
#   fonts-noto-cjk (Japanese glyphs in the page screenshot and in `render --burn`)
# Installs only what is missing, quietly; needs root and apt-get, else says so and exits 0
# (the browser tests then skip, saying why).
# Usage: bash scripts/setup_browser.sh
set -euo pipefail

say() { printf '[setup-browser] %s\n' "$*" >&2; }

missing=()
for pkg in chromium chromium-driver fonts-noto-cjk; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
  say "cannot install ${missing[*]} here (not root or no apt-get); browser tests will be skipped"
  exit 0
fi
say "installing ${missing[*]} (Debian)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
command -v chromium >/dev/null && command -v chromedriver >/dev/null || {
  say "chromium or chromedriver still missing after install"; exit 1; }
