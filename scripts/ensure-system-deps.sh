#!/usr/bin/env bash
# Makes sure the system packages the test suite needs are present: the PostgreSQL server (the
# API suite runs on it too), Debian's Chromium (Playwright never downloads a browser) and CJK
# fonts (so pages render Chinese, not boxes). As root it installs what is missing with apt;
# otherwise it stops and says what to install.
#
# Usage: ensure-system-deps.sh [postgres] [chromium] [fonts]   (no argument: all three)
set -euo pipefail

CHROMIUM=/usr/bin/chromium
CJK_FONT_DIR=/usr/share/fonts/opentype/noto

# shellcheck source=scripts/test-postgres.sh
source "$(dirname "$0")/test-postgres.sh"

has_postgres() { pg_bin_dir >/dev/null; }
has_chromium() { [ -x "$CHROMIUM" ]; }
has_fonts() { ls "$CJK_FONT_DIR"/NotoSansCJK* >/dev/null 2>&1; }

# Maps each wanted dependency to its check and its Debian package.
missing=()
wanted=("$@")
[ ${#wanted[@]} -eq 0 ] && wanted=(postgres chromium fonts)
for dep in "${wanted[@]}"; do
  case "$dep" in
    postgres) has_postgres || missing+=(postgresql) ;;
    chromium) has_chromium || missing+=(chromium) ;;
    fonts) has_fonts || missing+=(fonts-noto-cjk) ;;
    *) echo "ensure-system-deps: unknown dependency '$dep' (postgres, chromium, fonts)" >&2; exit 2 ;;
  esac
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "System packages present: ${wanted[*]}"
  exit 0
fi

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  cat >&2 <<MSG
The test suite needs these system packages, which are missing: ${missing[*]}
Install them, then run npm test again:
    sudo apt-get update && sudo apt-get install -y ${missing[*]}
(Running as root on Debian, npm test installs them itself.)
MSG
  exit 1
fi

echo "Installing missing system packages with apt: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y "${missing[@]}"

for dep in "${wanted[@]}"; do
  case "$dep" in
    postgres) has_postgres || { echo "PostgreSQL server still missing after apt-get install" >&2; exit 1; } ;;
    chromium) has_chromium || { echo "$CHROMIUM still missing after apt-get install" >&2; exit 1; } ;;
    fonts) has_fonts || { echo "CJK fonts still missing after apt-get install" >&2; exit 1; } ;;
  esac
done
echo "System packages installed: ${missing[*]}"
