#!/usr/bin/env bash
# Make sure the local services are up (idempotent; used by `npm start` and `.ci/run`):
#   - PostgreSQL on 127.0.0.1:5432
#   - Redis      on 127.0.0.1:6379
#   - MongoDB wire protocol: $MONGO_URL if set (only checked), else whatever listens on
#     127.0.0.1:27017, else FerretDB 1.24 (tools/ferretdb) started in the background on
#     top of the PostgreSQL database `ferretdb`.
# Prints one line per service. Safe to run repeatedly and concurrently; needs no stdin.
# A FerretDB started here that no longer answers `ping` (wedged) is restarted.
# Overrides: FERRETDB_PORT (27017), FERRETDB_POOL_MAX_CONNS (20).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
localdir="$root/.local"

PG_HOST=127.0.0.1
PG_PORT=5432
REDIS_HOST=127.0.0.1
REDIS_PORT=6379
FERRETDB_HOST=127.0.0.1
FERRETDB_PORT="${FERRETDB_PORT:-27017}"
FERRETDB_DB=ferretdb
# FerretDB 1.24 holds one pooled PostgreSQL connection per matched updateOne/replaceOne
# statement until the whole `update` command ends, so a command with >= pool_max_conns
# such statements exhausts the pool and wedges the server (every later request hangs).
# Keep bulkWrite update/replace batches well below this number (see libs/platform mongo).
FERRETDB_POOL_MAX_CONNS="${FERRETDB_POOL_MAX_CONNS:-20}"
FERRETDB_PG_URL="postgres://postgres@$PG_HOST:$PG_PORT/$FERRETDB_DB?pool_max_conns=$FERRETDB_POOL_MAX_CONNS"

die() { echo "services: $*" >&2; exit 1; }

pg_ferretdb() { psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d "$FERRETDB_DB" -X -q -v ON_ERROR_STOP=1 "$@" </dev/null; }
# The _id index and plan setting of tools/ferretdb/postgres-tuning.sql (FerretDB 1.24 scans
# the collection for every `_id` lookup without them). Connections opened before it keep
# generic plans, so a running server is restarted once after the first application.
ferretdb_plans_tuned() {
  [[ "$(pg_ferretdb -tA -c "SELECT 1 FROM pg_event_trigger WHERE evtname = 'welness_ferretdb_id_index'" 2>/dev/null)" == 1 ]]
}
# ...and its later additions (search indexes), which need no restart.
ferretdb_tuned() {
  ferretdb_plans_tuned \
    && [[ "$(pg_ferretdb -tA -c "SELECT 1 FROM pg_proc WHERE proname = 'welness_ferretdb_search_indexes'" 2>/dev/null)" == 1 ]]
}
ferretdb_tune() {
  PGOPTIONS='-c client_min_messages=warning' pg_ferretdb -v dbname="$FERRETDB_DB" \
    -f "$root/tools/ferretdb/postgres-tuning.sql" >/dev/null \
    || die "ferretdb: could not apply tools/ferretdb/postgres-tuning.sql to PostgreSQL database $FERRETDB_DB"
}

# tcp_open HOST PORT: true when a TCP connection to HOST:PORT succeeds within 2 s.
tcp_open() {
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" >/dev/null 2>&1
}

# wait_for SECONDS COMMAND...: poll COMMAND every 0.25 s until it succeeds or time runs out.
wait_for() {
  local deadline=$((SECONDS + $1)); shift
  until "$@"; do
    ((SECONDS < deadline)) || return 1
    sleep 0.25
  done
}

# --- PostgreSQL -------------------------------------------------------------------------
pg_up() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; }

ensure_postgres() {
  command -v pg_isready >/dev/null 2>&1 || die "pg_isready not found (install postgresql-client)"
  if pg_up; then
    echo "postgres: up ($PG_HOST:$PG_PORT)"
    return
  fi
  [[ -d /etc/postgresql ]] || die "postgres: not running on $PG_HOST:$PG_PORT and no cluster in /etc/postgresql"
  local version
  version="$(ls /etc/postgresql | sort -V | tail -n 1)"
  [[ -n "$version" ]] || die "postgres: no cluster version in /etc/postgresql"
  local out
  if ! out="$(pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>&1)"; then
    # A concurrent run may have started it meanwhile; only fail if it is still down.
    pg_up || { echo "$out" >&2; die "postgres: pg_ctlcluster $version main start failed"; }
  fi
  wait_for 20 pg_up || die "postgres: started cluster $version/main but $PG_HOST:$PG_PORT is not accepting connections after 20 s"
  echo "postgres: started cluster $version/main ($PG_HOST:$PG_PORT)"
}

# --- Redis ------------------------------------------------------------------------------
redis_up() { [[ "$(redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null)" == PONG ]]; }

ensure_redis() {
  command -v redis-cli >/dev/null 2>&1 || die "redis-cli not found (install redis-tools)"
  if redis_up; then
    echo "redis: up ($REDIS_HOST:$REDIS_PORT)"
    return
  fi
  command -v redis-server >/dev/null 2>&1 || die "redis: not running on $REDIS_HOST:$REDIS_PORT and redis-server not found"
  mkdir -p /var/lib/redis /var/log/redis
  local out
  if ! out="$(redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" \
      --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log 2>&1)"; then
    redis_up || { echo "$out" >&2; die "redis: redis-server failed to start (see /var/log/redis/ci.log)"; }
  fi
  wait_for 10 redis_up || die "redis: started but $REDIS_HOST:$REDIS_PORT does not answer PING after 10 s (see /var/log/redis/ci.log)"
  echo "redis: started ($REDIS_HOST:$REDIS_PORT)"
}

# --- MongoDB wire protocol (FerretDB) ---------------------------------------------------
# First host:port of a mongodb:// URL (credentials, other hosts, path and options dropped).
mongo_url_hostport() {
  local rest="${1#mongodb://}"
  rest="${rest#*@}"          # drop user:pass@ (no-op when absent)
  rest="${rest%%[/?]*}"      # drop /db?options
  rest="${rest%%,*}"         # first host of a replica-set seed list
  if [[ "$rest" == \[*\]* ]]; then   # [ipv6]:port
    local host="${rest%%]*}"; host="${host#[}"
    local port="${rest##*]}"; port="${port#:}"
    echo "$host ${port:-27017}"
  elif [[ "$rest" == *:* ]]; then
    echo "${rest%%:*} ${rest##*:}"
  else
    echo "$rest 27017"
  fi
}

ferretdb_up() { tcp_open "$FERRETDB_HOST" "$FERRETDB_PORT"; }

ensure_mongo() {
  if [[ -n "${MONGO_URL:-}" ]]; then
    if [[ "$MONGO_URL" == mongodb+srv://* ]]; then
      echo "mongo: using MONGO_URL (mongodb+srv, reachability not checked)"
      return
    fi
    [[ "$MONGO_URL" == mongodb://* ]] || die "mongo: MONGO_URL must start with mongodb:// or mongodb+srv://"
    local host port
    read -r host port < <(mongo_url_hostport "$MONGO_URL")
    tcp_open "$host" "$port" || die "mongo: MONGO_URL is set but $host:$port is not reachable"
    echo "mongo: using MONGO_URL ($host:$port reachable)"
    return
  fi

  mkdir -p "$localdir"
  local pidfile="$localdir/ferretdb.pid" logfile="$localdir/ferretdb.log"

  # Serialize concurrent runs (e.g. `npm start` and tests started together).
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$localdir/ferretdb.lock"
    flock -w 120 9 || die "ferretdb: timed out waiting for $localdir/ferretdb.lock"
  fi

  local bin="$localdir/bin/ferretdb"
  local pid=""
  [[ -f "$pidfile" ]] && pid="$(cat "$pidfile" 2>/dev/null || true)"
  local ours=""   # set when $pid is a FerretDB started by this script from this checkout
  if [[ -n "$pid" ]] && [[ "$(readlink "/proc/$pid/exe" 2>/dev/null)" == "$bin"* ]]; then
    ours=1
  fi

  if ferretdb_up; then
    # TCP accepts even when FerretDB is wedged; `ferretdb -ping` sends a real command.
    if [[ ! -x "$bin" ]] || "$bin" -ping "$FERRETDB_HOST:$FERRETDB_PORT" -ping-timeout 5s 2>/dev/null; then
      if [[ -z "$ours" ]]; then
        echo "mongo: using the server already listening on $FERRETDB_HOST:$FERRETDB_PORT"
        return
      fi
      if ferretdb_tuned; then
        echo "ferretdb: up pid $pid ($FERRETDB_HOST:$FERRETDB_PORT)"
        return
      fi
      if ferretdb_plans_tuned; then
        ferretdb_tune
        echo "ferretdb: up pid $pid ($FERRETDB_HOST:$FERRETDB_PORT), applied tools/ferretdb/postgres-tuning.sql"
        return
      fi
      echo "ferretdb: applying tools/ferretdb/postgres-tuning.sql, restarting pid $pid"
      kill -TERM "$pid" 2>/dev/null || true
      wait_for 10 bash -c "! kill -0 $pid 2>/dev/null" || kill -KILL "$pid" 2>/dev/null || true
    else
      [[ -n "$ours" ]] || die "mongo: $FERRETDB_HOST:$FERRETDB_PORT accepts connections but does not answer ping, and it is not the FerretDB in $pidfile"
      echo "ferretdb: pid $pid does not answer ping (wedged), restarting" >&2
      kill -TERM "$pid" 2>/dev/null || true
      wait_for 10 bash -c "! kill -0 $pid 2>/dev/null" || kill -KILL "$pid" 2>/dev/null || true
    fi
    wait_for 5 bash -c "! kill -0 $pid 2>/dev/null" || die "ferretdb: could not stop pid $pid"
  elif [[ -n "$ours" ]]; then
    # Our process is alive but not listening: stop it before starting a fresh one.
    kill -TERM "$pid" 2>/dev/null || true
    wait_for 10 bash -c "! kill -0 $pid 2>/dev/null" || kill -KILL "$pid" 2>/dev/null || true
  fi

  command -v psql >/dev/null 2>&1 || die "ferretdb: psql not found (install postgresql-client)"
  local exists
  exists="$(psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -X -tAq -v ON_ERROR_STOP=1 \
    -c "SELECT 1 FROM pg_database WHERE datname = '$FERRETDB_DB'" </dev/null)" \
    || die "ferretdb: cannot query PostgreSQL as user postgres on $PG_HOST:$PG_PORT"
  if [[ "$exists" != 1 ]]; then
    psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -X -q -v ON_ERROR_STOP=1 \
      -c "CREATE DATABASE $FERRETDB_DB" </dev/null >/dev/null \
      || die "ferretdb: could not create PostgreSQL database $FERRETDB_DB"
    echo "ferretdb: created PostgreSQL database $FERRETDB_DB"
  fi
  ferretdb_tune

  "$root/scripts/ferretdb-build.sh" || die "ferretdb: build failed"

  echo "---- $(date -u +%Y-%m-%dT%H:%M:%SZ) starting $bin" >>"$logfile"
  # setsid: own session, so it survives the caller's terminal/CI step and its signals.
  # Not run under job control, so setsid execs in place and $! is FerretDB's pid.
  setsid nohup "$bin" \
    -listen-addr "$FERRETDB_HOST:$FERRETDB_PORT" \
    -postgresql-url "$FERRETDB_PG_URL" \
    </dev/null >>"$logfile" 2>&1 9>&- &
  local pid=$!
  echo "$pid" >"$pidfile"

  local deadline=$((SECONDS + 30))
  until ferretdb_up && "$bin" -ping "$FERRETDB_HOST:$FERRETDB_PORT" -ping-timeout 2s 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 20 "$logfile" >&2
      die "ferretdb: process $pid exited during start (log: $logfile)"
    fi
    if ((SECONDS >= deadline)); then
      tail -n 20 "$logfile" >&2
      die "ferretdb: pid $pid not answering ping on $FERRETDB_HOST:$FERRETDB_PORT after 30 s (log: $logfile)"
    fi
    sleep 0.25
  done
  echo "ferretdb: started pid $pid ($FERRETDB_HOST:$FERRETDB_PORT, log $logfile)"
}

ensure_postgres
ensure_redis
ensure_mongo
