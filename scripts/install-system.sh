#!/usr/bin/env bash
# Install the Debian packages the local environment needs (idempotent).
# Debian's postinst scripts must not start system services: we run our own
# private mariadbd/nginx/php-fpm processes, so a policy-rc.d denies starts.
set -euo pipefail

PACKAGES=(
  php8.2-fpm php8.2-mysql php8.2-curl php8.2-gd php8.2-zip php8.2-bcmath
  php8.2-intl php8.2-mbstring php8.2-xml
  mariadb-server mariadb-client nginx chromium wrk xz-utils curl unzip rsync
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "installed" ]] || missing+=("$pkg")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-system: all Debian packages present"
  exit 0
fi

SUDO=()
[[ $(id -u) -eq 0 ]] || SUDO=(sudo -n)
export DEBIAN_FRONTEND=noninteractive

echo "install-system: installing ${missing[*]}"

# Wait for other apt/dpkg runs (up to 15 min) instead of failing on the lock.
apt_get() { "${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=900 "$@"; }

# Refresh package lists only when none exist or they are older than a day.
lists=(/var/lib/apt/lists/*_Packages*)
if [[ ! -e "${lists[0]}" ]] || [[ -n $(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages*' -mmin +1440 -print -quit) ]]; then
  apt_get update -qq
fi

policy=/usr/sbin/policy-rc.d
created_policy=0
if [[ ! -e $policy ]]; then
  printf '#!/bin/sh\nexit 101\n' | "${SUDO[@]}" tee "$policy" >/dev/null
  "${SUDO[@]}" chmod 755 "$policy"
  created_policy=1
fi
cleanup() { [[ $created_policy -eq 0 ]] || "${SUDO[@]}" rm -f "$policy"; }
trap cleanup EXIT

install() {
  apt_get install -y -qq --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "$@" </dev/null
}
if ! install "${missing[@]}"; then
  # Stale lists (404 on a package): refresh once and retry.
  apt_get update -qq
  install "${missing[@]}"
fi
echo "install-system: done"
