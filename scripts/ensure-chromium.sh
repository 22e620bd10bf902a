#!/usr/bin/env bash
# Installs what the browser tests need from Debian (never a browser download from a CDN):
# Chromium for playwright-core and Lighthouse, ffmpeg to turn a barcode render into a fake
# camera clip. Idempotent: does nothing when both are already there.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v ffmpeg >/dev/null 2>&1 || need+=(ffmpeg)
# Chromium renders text with whatever fonts exist; without any, screenshots are boxes.
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)

if [ ${#need[@]} -eq 0 ]; then
  echo "ensure-chromium: chromium and ffmpeg present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${need[@]}"
/usr/bin/chromium --version
ffmpeg -version | head -1
