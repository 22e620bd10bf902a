#!/usr/bin/env bash
# `npm run backup [-- DIR]`: PostgreSQL (pg_dump) and the food catalogue (MongoDB driver) into
# DIR (default backups/welness-<UTC time>). Installs postgresql-client when pg_dump is missing.
# Settings: DATABASE_URL, MONGO_URL, MONGO_DB from the environment or .env. See docs/operations.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/pg-client.sh
ensure_pg_client
exec node scripts/backup.mjs backup "$@"
