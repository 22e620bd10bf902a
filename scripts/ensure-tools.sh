#!/usr/bin/env bash
# Debian tools the test suite uses besides the browser: promtool (package prometheus) checks
# the /metrics exposition and the shipped alert rules. Idempotent.
set -euo pipefail
command -v promtool >/dev/null 2>&1 && { echo "ensure-tools: promtool present"; exit 0; }
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# The package's service is never started here (no systemd); we only want promtool.
$SUDO apt-get install -y -qq --no-install-recommends prometheus >/dev/null
promtool --version | head -1
