#!/usr/bin/env bash
# Debian tools the test suite uses besides the browser, installed only when missing (idempotent,
# quick when present):
#   prometheus, promtool  (package prometheus)        real Prometheus scraping the app, rule tests
#   pg_dump, pg_restore   (package postgresql-client) npm run backup / restore and their drill
set -euo pipefail

declare -A package_of=(
  [prometheus]=prometheus
  [promtool]=prometheus
  [pg_dump]=postgresql-client
  [pg_restore]=postgresql-client
  [psql]=postgresql-client
)
missing=()
for tool in "${!package_of[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("${package_of[$tool]}")
done
if ((${#missing[@]} == 0)); then
  echo "ensure-tools: prometheus, promtool, pg_dump, pg_restore present"
  exit 0
fi
mapfile -t packages < <(printf '%s\n' "${missing[@]}" | sort -u)
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
echo "ensure-tools: installing ${packages[*]}"
$SUDO apt-get update -qq
# The prometheus package's service is never started here (no systemd): the tests run their own.
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
promtool --version | head -1
pg_dump --version
