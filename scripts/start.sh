#!/usr/bin/env bash
# `npm start`: the whole platform on one port (API + in-process worker + SPA), with local
# services started when they are not already running.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

[[ -f .env ]] && { set -a; . ./.env; set +a; }

if [[ -z "${MONGO_URL:-}" || -z "${DATABASE_URL:-}" ]]; then
  bash scripts/services.sh
fi
bash scripts/ensure-database.sh "${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/welness}"

# Rebuild only what changed: tsc is incremental, the SPA is rebuilt when its sources are newer.
npm run --silent build:server
if [[ ! -f dist/web/index.html ]] || [[ -n "$(find apps/web/src apps/web/index.html libs/contracts/src -newer dist/web/index.html -print -quit)" ]]; then
  npm run --silent build:web >/dev/null
fi

export WORKER_MODE="${WORKER_MODE:-inline}"
exec node dist/apps/api/src/main.js
