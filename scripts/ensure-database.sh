#!/usr/bin/env bash
# Creates the application's PostgreSQL database when it does not exist yet (local runs only;
# in production the database is provisioned by the operator or Terraform).
set -euo pipefail
url="${1:?usage: ensure-database.sh <postgres-url>}"
db="$(node -e 'const u=new URL(process.argv[1]);process.stdout.write(decodeURIComponent(u.pathname.slice(1)))' "$url")"
admin="$(node -e 'const u=new URL(process.argv[1]);u.pathname="/postgres";process.stdout.write(u.toString())' "$url")"
[[ "$db" =~ ^[A-Za-z0-9_]+$ ]] || { echo "ensure-database: unexpected database name '$db'" >&2; exit 1; }
if [[ "$(psql "$admin" -tAc "SELECT 1 FROM pg_database WHERE datname='$db'")" != 1 ]]; then
  psql "$admin" -qc "CREATE DATABASE \"$db\"" && echo "postgres: created database $db"
fi
