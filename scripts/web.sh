#!/usr/bin/env bash
# Private nginx + php-fpm serving the two local sites.
#   scripts/web.sh start|stop|status
# dev  -> http://localhost:${EL_DEV_PORT:-8888}  root .run/sites/dev/wordpress
# test -> http://localhost:${EL_TEST_PORT:-8889} root .run/sites/test/wordpress
# Configs, pids, sockets and logs live in .run/nginx/ and .run/php-fpm/.
# A repeated start rewrites the configs and reloads both.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUN="$ROOT/.run"
NGX="$RUN/nginx"
FPM="$RUN/php-fpm"
FPM_SOCK="$FPM/php-fpm.sock"
source "$ROOT/scripts/lib/ports.sh"
DEV_PORT=$EL_DEV_PORT
TEST_PORT=$EL_TEST_PORT
FPM_BIN=$(command -v php-fpm8.2 || echo /usr/sbin/php-fpm8.2)
NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)
IS_ROOT=0; [[ $(id -u) -ne 0 ]] || IS_ROOT=1

log() { echo "web: $*" >&2; }
alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

write_fpm_config() {
  mkdir -p "$FPM"
  local user=""
  [[ $IS_ROOT -eq 0 ]] || user=$'user = root\ngroup = root'
  cat >"$FPM/php-fpm.conf" <<CONF
[global]
pid = $FPM/php-fpm.pid
error_log = $FPM/error.log
daemonize = yes

[www]
$user
listen = $FPM_SOCK
listen.mode = 0666
pm = static
pm.max_children = 24
clear_env = no
catch_workers_output = yes
php_admin_value[error_log] = $FPM/php-error.log
php_admin_flag[log_errors] = on
php_value[memory_limit] = 512M
php_value[max_execution_time] = 120
php_value[upload_max_filesize] = 64M
php_value[post_max_size] = 64M
CONF
}

server_block() { # port docroot
  local listen="    listen 127.0.0.1:$1;"
  # Also answer on ::1 so clients that resolve localhost to IPv6 first connect.
  ! grep -qs '^0\{31\}1 ' /proc/net/if_inet6 || listen+=$'\n'"    listen [::1]:$1;"
  cat <<BLOCK
  server {
$listen
    server_name localhost 127.0.0.1;
    root $2;
    index index.php index.html;

    location / {
      try_files \$uri \$uri/ /index.php?\$args;
    }
    location ~ /\.(?!well-known) {
      deny all;
    }
    location ~ \.php\$ {
      try_files \$uri =404;
      fastcgi_split_path_info ^(.+\.php)(/.+)\$;
      include $NGX/fastcgi_params;
      fastcgi_pass unix:$FPM_SOCK;
      fastcgi_read_timeout 300;
      fastcgi_buffers 16 16k;
      fastcgi_buffer_size 32k;
    }
  }
BLOCK
}

write_fastcgi_params() {
  # Our own list: Debian's sets HTTP_HOST to \$host, which drops the port and
  # makes WordPress redirect http://localhost:8888/ to itself for ever.
  cat >"$NGX/fastcgi_params" <<'PARAMS'
fastcgi_param QUERY_STRING       $query_string;
fastcgi_param REQUEST_METHOD     $request_method;
fastcgi_param CONTENT_TYPE       $content_type;
fastcgi_param CONTENT_LENGTH     $content_length;
fastcgi_param SCRIPT_NAME        $fastcgi_script_name;
fastcgi_param SCRIPT_FILENAME    $document_root$fastcgi_script_name;
fastcgi_param PATH_INFO          $fastcgi_path_info;
fastcgi_param REQUEST_URI        $request_uri;
fastcgi_param DOCUMENT_URI       $document_uri;
fastcgi_param DOCUMENT_ROOT      $document_root;
fastcgi_param SERVER_PROTOCOL    $server_protocol;
fastcgi_param REQUEST_SCHEME     $scheme;
fastcgi_param GATEWAY_INTERFACE  CGI/1.1;
fastcgi_param SERVER_SOFTWARE    nginx/$nginx_version;
fastcgi_param REMOTE_ADDR        $remote_addr;
fastcgi_param REMOTE_PORT        $remote_port;
fastcgi_param SERVER_ADDR        $server_addr;
fastcgi_param SERVER_PORT        $server_port;
fastcgi_param SERVER_NAME        $server_name;
fastcgi_param REDIRECT_STATUS    200;
fastcgi_param HTTP_HOST          $host:$server_port;
fastcgi_param HTTP_AUTHORIZATION $http_authorization;
PARAMS
}

write_nginx_config() {
  mkdir -p "$NGX/tmp"
  write_fastcgi_params
  local user=""
  [[ $IS_ROOT -eq 0 ]] || user="user root root;"
  cat >"$NGX/nginx.conf" <<CONF
$user
daemon on;
worker_processes auto;
pid $NGX/nginx.pid;
error_log $NGX/error.log warn;

events { worker_connections 1024; }

http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log $NGX/access.log combined buffer=64k flush=5s;
  sendfile on;
  keepalive_timeout 65;
  client_max_body_size 64m;
  client_body_temp_path $NGX/tmp/body;
  proxy_temp_path $NGX/tmp/proxy;
  fastcgi_temp_path $NGX/tmp/fastcgi;
  uwsgi_temp_path $NGX/tmp/uwsgi;
  scgi_temp_path $NGX/tmp/scgi;

$(server_block "$DEV_PORT" "$RUN/sites/dev/wordpress")
$(server_block "$TEST_PORT" "$RUN/sites/test/wordpress")
}
CONF
}

ngx() { "$NGINX_BIN" -p "$NGX" -c "$NGX/nginx.conf" -e "$NGX/error.log" "$@"; }

start() {
  write_fpm_config
  # OPcache is set up by the master process, so its settings go on the command line.
  local fpm_args=(--fpm-config "$FPM/php-fpm.conf" -d opcache.enable=1
    -d opcache.memory_consumption=192 -d opcache.max_accelerated_files=20000
    -d opcache.validate_timestamps=1 -d opcache.revalidate_freq=0)
  [[ $IS_ROOT -eq 0 ]] || fpm_args+=(--allow-to-run-as-root)
  "$FPM_BIN" "${fpm_args[@]}" -t 2>/dev/null || "$FPM_BIN" "${fpm_args[@]}" -t
  if alive "$FPM/php-fpm.pid"; then
    kill -USR2 "$(cat "$FPM/php-fpm.pid")"
    log "php-fpm reloaded"
  else
    rm -f "$FPM_SOCK"
    "$FPM_BIN" "${fpm_args[@]}" </dev/null
    log "php-fpm started"
  fi

  write_nginx_config
  ngx -t -q
  if alive "$NGX/nginx.pid"; then
    ngx -s reload
    log "nginx reloaded"
  else
    for port in "$DEV_PORT" "$TEST_PORT"; do
      if _el_port_busy "$port"; then
        log "port $port is taken by another process: stop it, or set EL_DEV_PORT/EL_TEST_PORT (or remove .run/ports.env)"; exit 1
      fi
    done
    ngx </dev/null
    log "nginx started"
  fi

  # Wait until both ports answer (the site may not be installed yet: any HTTP status will do).
  for port in "$DEV_PORT" "$TEST_PORT"; do
    for _ in $(seq 1 50); do
      [[ -S "$FPM_SOCK" ]] && curl -s -o /dev/null "http://127.0.0.1:$port/" && break
      sleep 0.2
    done
  done
  log "dev http://localhost:$DEV_PORT/  test http://localhost:$TEST_PORT/"
}

stop() {
  if alive "$NGX/nginx.pid"; then ngx -s quit; fi
  if alive "$FPM/php-fpm.pid"; then kill -QUIT "$(cat "$FPM/php-fpm.pid")"; fi
  for _ in $(seq 1 50); do
    alive "$NGX/nginx.pid" || alive "$FPM/php-fpm.pid" || break
    sleep 0.2
  done
  log "stopped"
}

status() {
  local rc=0
  if alive "$NGX/nginx.pid"; then log "nginx running"; else log "nginx not running"; rc=3; fi
  if alive "$FPM/php-fpm.pid"; then log "php-fpm running"; else log "php-fpm not running"; rc=3; fi
  return $rc
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
