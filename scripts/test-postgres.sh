#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests, on loopback only.
#   scripts/test-postgres.sh start [DIR] [PORT]   -> prints the TEST_DATABASE_URL on its last line
#     (PORT is where to start looking: a port something already listens on is skipped for the next free one)
#   scripts/test-postgres.sh stop  [DIR]
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user in DIR (a folder it owns).
# Trust authentication is fine here: it listens on 127.0.0.1 and a private socket folder, for one test run.
set -euo pipefail
action="${1:?start or stop}"
dir="${2:-/tmp/mj-studio-pg}"
port="${3:-55432}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$bin" ]; then
  echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2
  exit 1
fi
as_pg() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      mkdir -p "$dir"
      if [ "$(id -u)" = "0" ]; then chown postgres "$dir"; fi
      as_pg "$bin/initdb" -D "$dir/data" -U studio --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    for _ in $(seq 1 50); do
      if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then port=$((port + 1)); else break; fi
    done
    # fsync off: a test database that a crash may lose is fine, and it is much faster on CI disks.
    as_pg "$bin/pg_ctl" -D "$dir/data" -w -l "$dir/log" \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    echo "postgresql://studio@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; fi
    ;;
  *)
    echo "unknown action: $action" >&2
    exit 1
    ;;
esac
