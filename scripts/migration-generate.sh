#!/usr/bin/env bash
# Drafts a migration for one module from the difference between its entities and the database:
#   npm run db:migration:generate -- meals AddRecipeServings
# Review the draft: migrations are hand-owned code, and no module may touch another's tables.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
module="${1:?usage: db:migration:generate -- <module> <Name>}"
name="${2:?usage: db:migration:generate -- <module> <Name>}"
[[ -d "libs/$module/src" ]] || { echo "no module libs/$module" >&2; exit 1; }
npm run --silent build:server
mkdir -p "libs/$module/src/migrations"
npx typeorm migration:generate -d dist/apps/api/src/data-source.js -p "libs/$module/src/migrations/$name"
