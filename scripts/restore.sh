#!/usr/bin/env bash
# `npm run restore -- DIR --yes`: replaces PostgreSQL and the food catalogue with the backup in
# DIR (checksums verified first). Stop the api and worker before. See docs/operations.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/pg-client.sh
ensure_pg_client
exec node scripts/backup.mjs restore "$@"
