# Sourced by backup.sh and restore.sh: installs Debian's postgresql-client when pg_dump or
# pg_restore is missing. pg_dump refuses a server of a newer major version than itself: use a
# client at least as new as the server (PostgreSQL's apt repository has every version).
ensure_pg_client() {
  command -v pg_dump >/dev/null 2>&1 && command -v pg_restore >/dev/null 2>&1 && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "backup: installing postgresql-client (pg_dump, pg_restore)" >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql-client >/dev/null
}
