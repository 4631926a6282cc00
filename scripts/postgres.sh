#!/usr/bin/env bash
# A throwaway PostgreSQL server for the regional-pool tests, in a folder of its own:
#   scripts/postgres.sh start DIR PORT   initialises DIR and starts the server on 127.0.0.1:PORT
#   scripts/postgres.sh stop DIR         stops it (DIR can then be deleted)
# Uses Debian's postgresql package (scripts/setup.sh installs it). The server refuses to run
# as root, so as root it runs as the postgres user.
set -euo pipefail
action=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/pg_ctl" ] || { echo "PostgreSQL is missing: run scripts/setup.sh" >&2; exit 1; }
as_server() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case $action in
  start)
    port=$3
    mkdir -p "$dir"
    # The server's user must reach the folder: mktemp makes its folders private.
    chmod 755 "$dir"
    chmod a+x "$(dirname "$dir")"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
    as_server "$bin/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
    as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" -w start >/dev/null
    ;;
  stop)
    [ -d "$dir/data" ] && as_server "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null || true
    ;;
  *)
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
