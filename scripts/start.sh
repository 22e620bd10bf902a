#!/usr/bin/env bash
# `npm start`: the whole platform on one port (API + in-process worker + SPA), with local
# services started when they are not already running. Prints each step with its elapsed time;
# every step is skipped or incremental when its work is already done, so a second start is quick.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

t0=$(date +%s%N)
elapsed() { local ms=$((($(date +%s%N) - t0) / 1000000)); printf '%d.%01ds' $((ms / 1000)) $((ms % 1000 / 100)); }
step() { printf '[%7s] %s\n' "$(elapsed)" "$*"; }

[[ -f .env ]] && { set -a; . ./.env; set +a; }

mkdir -p .local
local_mongo=""
[[ -z "${MONGO_URL:-}" ]] && local_mongo=1

# The FerretDB build (Go, ~1 min the first time) runs beside the TypeScript build.
ferret_pid=""
if [[ -n "$local_mongo" ]]; then
  step "FerretDB: building tools/ferretdb in the background (once; log .local/ferretdb-build.log)"
  bash scripts/ferretdb-build.sh >.local/ferretdb-build.log 2>&1 &
  ferret_pid=$!
fi

. scripts/local-secrets.sh # this install's own JWT_SECRET/ENCRYPTION_LOCAL_KEY (.local/secrets.env, 0600)
# tsc's own incremental check still loads the whole program (~30 s on a busy 2-core box), so
# the build is skipped outright when no server source or build setting is newer than the last one.
stamp=dist/.server-build.stamp
server_changed() {
  [[ ! -f "$stamp" ]] || [[ -n "$(find apps/api/src apps/worker/src libs bench tsconfig.json tsconfig.base.json tsconfig.build.json package-lock.json \
    -newer "$stamp" -not -path 'libs/contracts/*' \( -name '*.ts' -o -name '*.json' \) -print -quit)" ]]
}
if server_changed; then
  step "server: compiling (incremental)"
  mkdir -p dist && touch dist/.server-build.next   # taken before compiling: edits made meanwhile rebuild next time
  npm run --silent build:server
  mv -f dist/.server-build.next "$stamp"
  step "server: compiled"
else
  step "server: up to date"
fi
if [[ ! -f dist/web/index.html ]] || [[ -n "$(find apps/web/src apps/web/index.html libs/contracts/src -newer dist/web/index.html -print -quit)" ]]; then
  step "web app: building"
  npm run --silent build:web >/dev/null
  step "web app: built"
else
  step "web app: up to date"
fi

if [[ -n "$ferret_pid" ]]; then
  wait "$ferret_pid" || { cat .local/ferretdb-build.log >&2; echo "npm start: the FerretDB build failed" >&2; exit 1; }
  step "FerretDB: ready"
fi
if [[ -n "$local_mongo" || -z "${DATABASE_URL:-}" ]]; then
  step "services: PostgreSQL, Redis, MongoDB wire protocol"
  bash scripts/services.sh | sed 's/^/          /'
fi
bash scripts/ensure-database.sh "${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/welness}"

export WORKER_MODE="${WORKER_MODE:-inline}"
# main.js prints a plain "ready" banner with the time since this script started.
export WELNESS_START_T0_MS=$((t0 / 1000000))
step "platform: starting (migrations, then the sample catalogue when the catalogue is empty)"
exec node dist/apps/api/src/main.js
