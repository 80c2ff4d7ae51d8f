# shellcheck shell=bash
# Sourced by the scripts: settle the ports of this checkout's instance.
# EL_DB_PORT, EL_DEV_PORT and EL_TEST_PORT come from the environment, else from
# .run/ports.env (what this checkout's services use; or their configs), else the
# defaults 3307/8888/8889; a default that something else already listens on
# (another checkout's servers, say) is replaced by the next free one of
# default+10, +20, ... The result is written back to .run/ports.env.
# Checkouts started at the same moment must not pick the same free port before
# either binds it: picks happen under a machine-wide lock, and each checkout
# records its ports as claims (a claim whose checkout is gone is ignored).
# Expects ROOT (the repository root).

_el_ports_file="$ROOT/.run/ports.env"
# shellcheck disable=SC1090
if [[ -f "$_el_ports_file" ]]; then
  source <(grep -E '^_el_saved_[A-Z_]+=[0-9]+$' "$_el_ports_file")
else # services configured before ports.env existed: keep their ports
  _el_saved_EL_DB_PORT=$(sed -n 's/^port = \([0-9]*\)$/\1/p' "$ROOT/.run/mariadb/my.cnf" 2>/dev/null || true)
  mapfile -t _el_listen < <(sed -n 's/^ *listen 127\.0\.0\.1:\([0-9]*\);$/\1/p' "$ROOT/.run/nginx/nginx.conf" 2>/dev/null || true)
  _el_saved_EL_DEV_PORT=${_el_listen[0]:-}
  _el_saved_EL_TEST_PORT=${_el_listen[1]:-}
fi

_el_claims="${TMPDIR:-/tmp}/entitlement-ledger-ports"
mkdir -p "$_el_claims"
_el_port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
_el_port_claimed() { # port: true when another existing checkout claimed it
  local owner
  owner=$(cat "$_el_claims/$1" 2>/dev/null) || return 1
  [[ "$owner" != "$ROOT" && -d "$owner/.run" ]]
}
_el_pick_port() { # default
  local port=$1
  while _el_port_busy "$port" || _el_port_claimed "$port"; do
    port=$((port + 10))
    [[ $port -lt $(($1 + 500)) ]] || { echo "no free port near $1" >&2; return 1; }
  done
  [[ $port -eq $1 ]] || echo "ports: $1 is taken by another process, using $port" >&2
  echo "$port"
}

exec {_el_lock}>"$_el_claims/.lock"
flock "$_el_lock"
EL_DB_PORT=${EL_DB_PORT:-${_el_saved_EL_DB_PORT:-$(_el_pick_port 3307)}}
EL_DEV_PORT=${EL_DEV_PORT:-${_el_saved_EL_DEV_PORT:-$(_el_pick_port 8888)}}
EL_TEST_PORT=${EL_TEST_PORT:-${_el_saved_EL_TEST_PORT:-$(_el_pick_port 8889)}}
export EL_DB_PORT EL_DEV_PORT EL_TEST_PORT
mkdir -p "$ROOT/.run" # a claim counts while its checkout's .run exists
for _el_port in "$EL_DB_PORT" "$EL_DEV_PORT" "$EL_TEST_PORT"; do
  _el_port_claimed "$_el_port" || printf '%s\n' "$ROOT" >"$_el_claims/$_el_port"
done
flock -u "$_el_lock"
exec {_el_lock}>&-

_el_ports_now=$(printf '_el_saved_EL_DB_PORT=%s\n_el_saved_EL_DEV_PORT=%s\n_el_saved_EL_TEST_PORT=%s\n' \
  "$EL_DB_PORT" "$EL_DEV_PORT" "$EL_TEST_PORT")
if [[ "$(cat "$_el_ports_file" 2>/dev/null)" != "$_el_ports_now" ]]; then
  mkdir -p "$ROOT/.run"
  printf '%s\n' "$_el_ports_now" >"$_el_ports_file"
fi
