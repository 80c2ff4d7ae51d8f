#!/usr/bin/env bash
# Private MariaDB instance for local development and tests.
#   scripts/mariadb.sh start|stop|status
# Data, socket, pid and log live in .run/mariadb/; TCP on 127.0.0.1:${EL_DB_PORT:-3307}.
# User el/el (from 127.0.0.1 and localhost) has ALL privileges: test use only.
# With DB_HOST set (external database mode) this script does nothing.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIR="$ROOT/.run/mariadb"
DATA="$DIR/data"
SOCK="$DIR/mysqld.sock"
PIDFILE="$DIR/mysqld.pid"
LOG="$DIR/mysqld.log"
CNF="$DIR/my.cnf"
source "$ROOT/scripts/lib/ports.sh"
PORT=$EL_DB_PORT
ME=$(id -un)

log() { echo "mariadb: $*" >&2; }

if [[ -n "${DB_HOST:-}" ]]; then
  log "DB_HOST is set: using the external database, private instance skipped"
  exit 0
fi

admin() { mariadb-admin --no-defaults --socket="$SOCK" --user="$ME" "$@"; }
answers() { [[ -S "$SOCK" ]] && admin --connect-timeout=2 ping >/dev/null 2>&1; }
pid() { [[ -f "$PIDFILE" ]] && cat "$PIDFILE" || true; }

write_config() {
  mkdir -p "$DIR/tmp"
  cat >"$CNF" <<CNF
[mariadbd]
datadir = $DATA
socket = $SOCK
pid-file = $PIDFILE
log-error = $LOG
tmpdir = $DIR/tmp
bind-address = 127.0.0.1
port = $PORT
skip-name-resolve
max_connections = 200
# Room for the benchmark's million entitlements and their journal (the machine has 24 GiB).
innodb_buffer_pool_size = 2G
character-set-server = utf8mb4
collation-server = utf8mb4_unicode_ci
CNF
}

start() {
  if answers; then
    log "already running (port $PORT, socket $SOCK)"
  else
    if _el_port_busy "$PORT"; then
      log "port $PORT is taken by another process: stop it, or set EL_DB_PORT (or remove .run/ports.env)"; exit 1
    fi
    write_config
    if [[ ! -d "$DATA/mysql" ]]; then
      log "initialising $DATA"
      mariadb-install-db --defaults-file="$CNF" --user="$ME" \
        --auth-root-authentication-method=socket --skip-test-db >"$DIR/install-db.log" 2>&1 \
        || { cat "$DIR/install-db.log" >&2; exit 1; }
    fi
    local user_arg=()
    [[ $(id -u) -ne 0 ]] || user_arg=(--user=root)
    log "starting on 127.0.0.1:$PORT"
    setsid mariadbd --defaults-file="$CNF" "${user_arg[@]}" </dev/null >>"$LOG" 2>&1 &
    for _ in $(seq 1 120); do
      answers && break
      if ! kill -0 $! 2>/dev/null; then
        log "mariadbd exited during start-up; last log lines:"; tail -20 "$LOG" >&2; exit 1
      fi
      sleep 0.5
    done
    answers || { log "no answer after 60 s"; tail -20 "$LOG" >&2; exit 1; }
  fi
  mariadb --no-defaults --socket="$SOCK" --user="$ME" <<'SQL'
CREATE USER IF NOT EXISTS 'el'@'127.0.0.1' IDENTIFIED BY 'el';
CREATE USER IF NOT EXISTS 'el'@'localhost' IDENTIFIED BY 'el';
ALTER USER 'el'@'127.0.0.1' IDENTIFIED BY 'el';
ALTER USER 'el'@'localhost' IDENTIFIED BY 'el';
GRANT ALL PRIVILEGES ON *.* TO 'el'@'127.0.0.1' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON *.* TO 'el'@'localhost' WITH GRANT OPTION;
SQL
  log "ready: 127.0.0.1:$PORT user el / el"
}

stop() {
  local p; p=$(pid)
  if answers; then admin shutdown || true; fi
  if [[ -n "$p" ]]; then
    for _ in $(seq 1 60); do kill -0 "$p" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$p" 2>/dev/null; then kill "$p"; sleep 1; fi
  fi
  rm -f "$PIDFILE"
  log "stopped"
}

status() {
  if answers; then log "running (pid $(pid), 127.0.0.1:$PORT)"; else log "not running"; return 3; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
