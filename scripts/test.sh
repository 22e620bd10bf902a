#!/usr/bin/env bash
# `npm test`: unit, integration (real PostgreSQL, Redis, MongoDB-wire server), web component
# and browser end-to-end tests. Starts the local services when they are down.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/services.sh
# The e2e specs serve the built SPA and the benches/CLIs run compiled code.
npm run --silent build:server
npm run --silent build:web >/dev/null
if [[ -x scripts/ensure-chromium.sh ]]; then bash scripts/ensure-chromium.sh; fi
# Browser tests reuse that build instead of building the SPA once per spec file.
export E2E_WEB_DIST="$PWD/dist/web"

mkdir -p test-results
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@" || status=$?

# One closing line any CI can read, whatever the reporters printed above it.
node -e '
  const r = require("./test-results/vitest.json");
  const skipped = (r.numPendingTests || 0) + (r.numTodoTests || 0);
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
' || true
exit $status
