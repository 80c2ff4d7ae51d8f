#!/usr/bin/env bash
# Install the project's own dependencies (idempotent, skipped when up to date).
#   scripts/install-deps.sh [composer|npm|all]
#   composer: composer install in plugin/ (when plugin/composer.json exists)
#   npm:      npm ci (or npm install without a lock file) + npm run build at the root
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STAMPS="$ROOT/.run/stamps"
export COMPOSER_ALLOW_SUPERUSER=1 COMPOSER_NO_INTERACTION=1
# Browsers come from Debian (chromium): never let npm packages download one.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1
cd "$ROOT"

log() { echo "install-deps: $*" >&2; }
# True when $1 is missing or any of the other existing paths is newer than it.
stale() {
  local stamp=$1; shift
  [[ -e "$stamp" ]] || return 0
  local p
  for p in "$@"; do
    [[ -e "$p" ]] || continue
    [[ -z $(find "$p" -newer "$stamp" -not -path '*/node_modules/*' -print -quit) ]] || return 0
  done
  return 1
}

composer_deps() {
  if [[ ! -f plugin/composer.json ]]; then
    log "plugin/composer.json not there yet: composer skipped"; return 0
  fi
  if stale plugin/vendor/autoload.php plugin/composer.json plugin/composer.lock; then
    log "composer install (plugin/)"
    composer install --no-interaction --no-progress --working-dir=plugin
  else
    log "plugin/vendor up to date"
  fi
}

npm_deps() {
  if [[ ! -f package.json ]]; then
    log "package.json not there yet: npm skipped"; return 0
  fi
  if stale node_modules/.package-lock.json package.json package-lock.json; then
    # npm install, not npm ci: it installs the versions package-lock.json pins, but does not
    # refuse a lock that lacks other platforms' optional binaries, which the registry copy
    # reachable here does not serve (npm ci would fail on "Missing: ... from lock file").
    log "npm install (versions from package-lock.json)"; npm install --no-audit --no-fund
  else
    log "node_modules up to date"
  fi
  if ! node -e 'process.exit(require("./package.json").scripts?.build ? 0 : 1)'; then
    log "no build script in package.json: build skipped"; return 0
  fi
  mkdir -p "$STAMPS"
  local sources=(package.json package-lock.json admin-app blocks)
  mapfile -t -O ${#sources[@]} sources < <(find . -maxdepth 1 -type f \( -name '*.js' -o -name '*.cjs' \
    -o -name '*.mjs' -o -name '*.ts' -o -name 'tsconfig*.json' -o -name '.*rc*' \))
  if stale "$STAMPS/npm-build" "${sources[@]}" || [[ ! -d plugin/build ]]; then
    log "npm run build"
    npm run build
    touch "$STAMPS/npm-build"
  else
    log "build up to date"
  fi
}

case "${1:-all}" in
  composer) composer_deps ;;
  npm) npm_deps ;;
  all) composer_deps; npm_deps ;;
  *) echo "usage: $0 [composer|npm|all]" >&2; exit 2 ;;
esac
