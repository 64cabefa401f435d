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

wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || wanted=(postgres chromium fonts)
for dep in "${wanted[@]}"; do
  case "$dep" in
    postgres | chromium | fonts) ;;
    *) echo "ensure-system-deps: unknown dependency '$dep' (postgres, chromium, fonts)" >&2; exit 2 ;;
  esac
done

# The Debian packages of the wanted dependencies that are not there.
missing_packages() {
  for dep in "${wanted[@]}"; do
    case "$dep" in
      postgres) has_postgres || echo postgresql ;;
      chromium) has_chromium || echo chromium ;;
      fonts) has_fonts || echo fonts-noto-cjk ;;
    esac
  done
}

mapfile -t missing < <(missing_packages)
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

mapfile -t still < <(missing_packages)
if [ ${#still[@]} -gt 0 ]; then
  echo "Still missing after apt-get install: ${still[*]}" >&2
  exit 1
fi
echo "System packages installed: ${missing[*]}"
