#!/usr/bin/env bash
# Create or update a local WordPress site.
#   scripts/site.sh install <dev|test> [--fresh]
# The site lives in .run/sites/<name>/wordpress (a copy of the cached core),
# uses database el_<name> on the private MariaDB (scripts/mariadb.sh) or the
# external one given by DB_HOST/DB_NAME/DB_USER/DB_PASSWORD, and has our plugin
# and the WooCommerce stand-in linked in and active. --fresh starts the
# database (and uploads) afresh.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
usage() { echo "usage: $0 install <dev|test> [--fresh]" >&2; exit 2; }
[[ "${1:-}" == "install" ]] || usage
NAME=${2:-}
FRESH=0
[[ "${3:-}" == "--fresh" ]] && FRESH=1
source "$ROOT/scripts/lib/ports.sh"
case "$NAME" in
  dev) PORT=$EL_DEV_PORT ;;
  test) PORT=$EL_TEST_PORT ;;
  *) usage ;;
esac

SITE="$ROOT/.run/sites/$NAME"
WP="$SITE/wordpress"
PLUGIN_SRC="$ROOT/plugin"
WC_SRC="$ROOT/dev/woocommerce-stand-in"
log() { echo "site[$NAME]: $*" >&2; }
wp_run() { php -d memory_limit=512M "$ROOT/scripts/wp-run.php" "$WP" "$@"; }

# Database: private instance, or external when DB_HOST is set.
if [[ -n "${DB_HOST:-}" ]]; then
  : "${DB_NAME:?DB_NAME must be set with DB_HOST}" "${DB_USER:?DB_USER must be set with DB_HOST}"
  : "${DB_PASSWORD?DB_PASSWORD must be set with DB_HOST}"
  db_host=$DB_HOST db_name=$DB_NAME db_user=$DB_USER db_password=$DB_PASSWORD db_own=0
  # Both sites share the one external database: the test site gets its own prefix.
  [[ $NAME == dev ]] && db_prefix=wp_ || db_prefix=wptests_
else
  db_host="127.0.0.1:$EL_DB_PORT" db_name="el_$NAME" db_user=el db_password=el db_own=1 db_prefix=wp_
fi

# Plugin dependencies first: the plugin's bootstrap needs vendor/.
if [[ -f "$PLUGIN_SRC/composer.json" && ! -d "$PLUGIN_SRC/vendor" ]]; then
  bash "$ROOT/scripts/install-deps.sh" composer
fi

# WordPress core, copied from the cache when missing or of another version.
version=$(bash "$ROOT/scripts/fetch-wordpress.sh")
CORE="$ROOT/.cache/wordpress/$version"
mkdir -p "$WP"
if [[ "$(cat "$WP/.complete" 2>/dev/null)" != "$version" ]]; then
  log "copying WordPress $version"
  rsync -a --delete --exclude=/.complete --exclude=/wp-config.php --exclude=/wp-content/ "$CORE/" "$WP/"
  rsync -a "$CORE/wp-content/" "$WP/wp-content/"
  cp "$CORE/.complete" "$WP/.complete"
fi

# Salts: generated once per site, kept across --fresh.
if [[ ! -f "$SITE/salts.php" ]]; then
  php -r '
    echo "<?php\n";
    foreach (["AUTH_KEY","SECURE_AUTH_KEY","LOGGED_IN_KEY","NONCE_KEY","AUTH_SALT","SECURE_AUTH_SALT","LOGGED_IN_SALT","NONCE_SALT"] as $k) {
      echo "define( \x27$k\x27, \x27" . bin2hex(random_bytes(32)) . "\x27 );\n";
    }' >"$SITE/salts.php.tmp"
  mv "$SITE/salts.php.tmp" "$SITE/salts.php"
fi

q() { php -r 'echo var_export($argv[1], true);' "$1"; } # PHP string literal
cat >"$WP/wp-config.php.tmp" <<PHP
<?php
// Written by scripts/site.sh: changes are overwritten on the next install.
define( 'DB_NAME', $(q "$db_name") );
define( 'DB_USER', $(q "$db_user") );
define( 'DB_PASSWORD', $(q "$db_password") );
define( 'DB_HOST', $(q "$db_host") );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
\$table_prefix = $(q "$db_prefix");

require $(q "$SITE/salts.php");

define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', $(q "$SITE/debug.log") );
define( 'WP_DEBUG_DISPLAY', false );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_HOME', 'http://localhost:$PORT' );
define( 'WP_SITEURL', 'http://localhost:$PORT' );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
PHP
mv "$WP/wp-config.php.tmp" "$WP/wp-config.php"

EL_DB_HOST=$db_host EL_DB_NAME=$db_name EL_DB_USER=$db_user EL_DB_PASSWORD=$db_password \
  EL_DB_PREFIX=$db_prefix EL_DB_FRESH=$FRESH EL_DB_OWN=$db_own php "$ROOT/scripts/php/db-prepare.php"
if [[ $FRESH -eq 1 ]]; then
  log "fresh database $db_name"
  rm -rf "$WP/wp-content/uploads"
fi

# Our plugin and the WooCommerce stand-in, linked from the repository.
plugins=()
link_plugin() { # slug source main-file
  ln -sfn "$2" "$WP/wp-content/plugins/$1"
  if [[ -f "$2/$3" ]]; then
    plugins+=("$1/$3")
  else
    log "WARNING: $2/$3 does not exist yet: $1 linked but not activated"
  fi
}
link_plugin woocommerce "$WC_SRC" woocommerce.php
if [[ ${#plugins[@]} -eq 0 ]]; then
  # Our plugin declares "Requires Plugins: woocommerce": WordPress refuses it alone.
  ln -sfn "$PLUGIN_SRC" "$WP/wp-content/plugins/entitlement-ledger"
  log "WARNING: entitlement-ledger linked but not activated until WooCommerce (the stand-in) exists"
else
  link_plugin entitlement-ledger "$PLUGIN_SRC" entitlement-ledger.php
fi

WP_INSTALLING=1 wp_run "$ROOT/scripts/php/install.php"
[[ ${#plugins[@]} -eq 0 ]] || wp_run "$ROOT/scripts/php/activate-plugins.php" "${plugins[@]}"

if [[ $NAME == dev && -f "$ROOT/dev/seed-demo.php" ]]; then
  log "seeding demo data (dev/seed-demo.php)"
  wp_run "$ROOT/dev/seed-demo.php"
  [[ -f "$ROOT/dev/seed-demo-licenses.php" ]] && wp_run "$ROOT/dev/seed-demo-licenses.php"
fi
if [[ $NAME == test && -f "$ROOT/dev/seed-e2e.php" ]]; then
  log "e2e fixtures (dev/seed-e2e.php)"
  wp_run "$ROOT/dev/seed-e2e.php"
fi
log "ready: http://localhost:$PORT/ ($db_name)"
