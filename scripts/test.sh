#!/usr/bin/env bash
# `npm test`: unit, integration (real PostgreSQL, Redis, MongoDB-wire server), web component
# and browser end-to-end tests. Does every setup step a fresh machine needs by itself (local
# services, FerretDB, Debian tools, Chromium, builds); each step is quick when already done.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/services.sh
# promtool (metrics and alert rules), then Chromium and ffmpeg for the browser tests.
bash scripts/ensure-tools.sh
bash scripts/ensure-chromium.sh
# The e2e specs serve the built SPA and the benches/CLIs run compiled code.
npm run --silent build:server
npm run --silent build:web >/dev/null
# Browser tests reuse that build instead of building the SPA once per spec file.
export E2E_WEB_DIST="$PWD/dist/web"

mkdir -p test-results
rm -f test-results/vitest.json
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@" || status=$?

# One closing line any CI can read, whatever the reporters printed above it.
node -e '
  const r = require("./test-results/vitest.json");
  const skipped = (r.numPendingTests || 0) + (r.numTodoTests || 0);
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
' || { echo "0 passed, 1 failed (the test run wrote no report)"; status=1; }
exit $status
