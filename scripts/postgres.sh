#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for Bulwark's storage tests and prints its connection string.
#   scripts/postgres.sh start   installs Debian's postgresql if missing, starts a private server on 127.0.0.1:55432
#   scripts/postgres.sh stop    stops it and deletes its data
# The server is separate from any system cluster: its own data directory, port and socket, trust auth on loopback.
set -euo pipefail

port=${BULWARK_PG_PORT:-55432}
root=${BULWARK_PG_DIR:-${TMPDIR:-/tmp}/bulwark-postgres-$port}
data="$root/data"

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

# postgres refuses to run as root; as root the server runs as the 'postgres' user the Debian package creates.
run_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
  start)
    bin=$(find_bin)
    if [ -z "$bin" ]; then
      echo "postgres.sh: installing postgresql" >&2
      "${as_root[@]}" apt-get update -qq
      DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends postgresql >&2
      bin=$(find_bin)
    fi
    if [ -f "$data/postmaster.pid" ] && run_pg "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      :
    else
      rm -rf "$root"
      mkdir -p "$root"
      [ "$(id -u)" -ne 0 ] || chown postgres:postgres "$root"
      run_pg "$bin/initdb" -D "$data" -U bulwark -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
      # fsync off: a test server's data is thrown away; durability would only slow the suite down.
      run_pg "$bin/pg_ctl" -D "$data" -l "$root/server.log" -w -t 60 \
        -o "-p $port -k $root -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null
    fi
    echo "Host=127.0.0.1;Port=$port;Username=bulwark;Database=postgres"
    ;;
  stop)
    bin=$(find_bin)
    if [ -n "$bin" ] && [ -f "$data/postmaster.pid" ]; then
      run_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$root"
    ;;
  *)
    echo "usage: scripts/postgres.sh start|stop" >&2
    exit 2
    ;;
esac
