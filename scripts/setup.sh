#!/usr/bin/env bash
# Set up everything the tool needs on a fresh machine, idempotently:
#   ffmpeg (Debian's, else the imageio-ffmpeg binary), a virtual environment in .venv with
#   the package and its dependencies, and the default model assembled into models/.
# Usage: bash scripts/setup.sh [--test]     (--test: also what the test suite needs,
#                                           Ray included: the cluster tests run on it)
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
for arg in "$@"; do
  case "$arg" in
    --test) want_test=1 ;;
    *) echo "usage: bash scripts/setup.sh [--test]" >&2; exit 2 ;;
  esac
done

say() { printf '[setup] %s\n' "$*" >&2; }

apt_install() {
  # Debian packages, only where missing and only where we may install them.
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    say "installing ${missing[*]} (Debian)"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    say "cannot install ${missing[*]} here (not root or no apt-get); continuing without"
    return 1
  fi
}

command -v ffmpeg >/dev/null 2>&1 || apt_install ffmpeg || say "using the ffmpeg binary from imageio-ffmpeg"

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  say "creating .venv"
  "$PY" -m venv .venv
fi
VPIP=(.venv/bin/python -m pip install -q --disable-pip-version-check)
extras=""
[ "$want_test" = 1 ] && extras="[test,cluster]"
say "installing the package${extras:+ with $extras}"
"${VPIP[@]}" -c constraints.txt -e ".${extras}"

if [ "$want_test" = 1 ]; then
  say "installing the browser for the player tests (Debian chromium, chromium-driver, fonts-noto-cjk)"
  bash scripts/setup_browser.sh || say "no browser: the player's browser tests will be skipped"
  # English speech for the test of a recording whose first audio track is an interpreter's
  command -v espeak-ng >/dev/null 2>&1 || apt_install espeak-ng || say "no espeak-ng: that test will be skipped"
fi

say "assembling the default model into models/"
.venv/bin/python -m sync setup-model >/dev/null
say "ready"
