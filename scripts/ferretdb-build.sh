#!/usr/bin/env bash
# Build the FerretDB wrapper (tools/ferretdb) into .local/bin/ferretdb.
# Rebuilds only when tools/ferretdb/{go.mod,go.sum,main.go} changed: their sha256 is
# stored beside the binary in .local/bin/ferretdb.sha256. Quiet on success.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="$root/tools/ferretdb"
bindir="$root/.local/bin"
bin="$bindir/ferretdb"
stamp="$bin.sha256"

die() { echo "ferretdb-build: $*" >&2; exit 1; }

command -v go >/dev/null 2>&1 || die "the Go toolchain ('go') is not on PATH; install Go >= 1.24"
for f in go.mod go.sum main.go; do
  [[ -f "$src/$f" ]] || die "missing $src/$f"
done

want="$(cd "$src" && cat go.mod go.sum main.go | sha256sum | cut -d' ' -f1)"
if [[ -x "$bin" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  exit 0
fi

mkdir -p "$bindir"
tmp="$(mktemp "$bindir/.ferretdb.XXXXXX")"
log="$(mktemp)"
trap 'rm -f "$tmp" "$log"' EXIT

# -buildvcs=false: the module lives inside the app's git repo; VCS stamping is useless
# here and fails in some CI checkouts. Modules come from the Go module proxy (GOPROXY).
if ! (cd "$src" && go build -buildvcs=false -trimpath -o "$tmp" .) >"$log" 2>&1; then
  cat "$log" >&2
  die "go build failed in $src ($(go version 2>/dev/null || echo 'go version unknown'))"
fi

chmod 0755 "$tmp"
mv -f "$tmp" "$bin"   # atomic; safe even if an old binary is running
echo "$want" >"$stamp"
