#!/usr/bin/env bash
# Fetch WordPress core from Debian's "sid" packages without installing them
# and without touching the system's apt sources, then assemble a plain,
# symlink-free copy under .cache/wordpress/<version>/ (.cache/wordpress/current
# points at it). Prints the WordPress version.
#
#   scripts/fetch-wordpress.sh            use the cached copy when there is one
#   scripts/fetch-wordpress.sh --refresh  look at sid again for a newer one
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE="$ROOT/.cache"
WP_CACHE="$CACHE/wordpress"
DEBS="$CACHE/debs"
PACKAGES=(wordpress wordpress-theme-twentytwentyfive libphp-phpmailer php-getid3
          libjs-underscore libjs-jquery-ui libjs-lodash libjs-cropper)
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg

log() { echo "fetch-wordpress: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

if [[ "${1:-}" != "--refresh" && -f "$WP_CACHE/current/.complete" ]]; then
  cat "$WP_CACHE/current/.complete"
  exit 0
fi

# The Debian mirror this machine already uses: the URI of the "bookworm" stanza.
mirror=$(awk '
  /^[[:space:]]*$/ { uri = "" }
  /^URIs:/   { uri = $2 }
  /^Suites:/ { for (i = 2; i <= NF; i++) if ($i == "bookworm") found = 1 }
  found && uri { print uri; exit }
' /etc/apt/sources.list.d/debian.sources)
[[ -n "$mirror" ]] || die "no bookworm URI in /etc/apt/sources.list.d/debian.sources"
mirror=${mirror%/}

mkdir -p "$DEBS" "$WP_CACHE"
index="$CACHE/sid-binary-all"
mkdir -p "$index"

# Signed release file, then the package index it vouches for.
curl -fsSL --retry 3 -o "$index/InRelease" "$mirror/dists/sid/InRelease"
gpgv --keyring "$KEYRING" --output "$index/Release" "$index/InRelease" 2>/dev/null \
  || die "sid InRelease signature does not verify against $KEYRING"
want=$(awk '/^SHA256:/ { s = 1; next } /^[^ ]/ { s = 0 }
            s && $3 == "main/binary-all/Packages.xz" { print $1 }' "$index/Release")
[[ -n "$want" ]] || die "main/binary-all/Packages.xz not listed in sid Release"
if [[ ! -f "$index/Packages.xz" ]] || ! echo "$want  $index/Packages.xz" | sha256sum -c --status; then
  curl -fsSL --retry 3 -o "$index/Packages.xz" "$mirror/dists/sid/main/binary-all/Packages.xz"
  echo "$want  $index/Packages.xz" | sha256sum -c --status || die "Packages.xz checksum mismatch"
fi

# Package -> "Version Filename SHA256" for the packages we want.
declare -A entry
while read -r pkg ver file sum; do
  entry[$pkg]="$ver $file $sum"
done < <(xz -dc "$index/Packages.xz" | awk -v want=" ${PACKAGES[*]} " '
  /^Package:/  { p = $2; v = f = s = "" }
  /^Version:/  { v = $2 }
  /^Filename:/ { f = $2 }
  /^SHA256:/   { s = $2 }
  /^$/ && index(want, " " p " ") && f { print p, v, f, s; p = "" }
  END { if (p && index(want, " " p " ") && f) print p, v, f, s }')

debs=()
for pkg in "${PACKAGES[@]}"; do
  [[ -n "${entry[$pkg]:-}" ]] || die "package $pkg not found in sid"
  read -r ver file sum <<<"${entry[$pkg]}"
  deb="$DEBS/$(basename "$file")"
  if [[ ! -f "$deb" ]] || ! echo "$sum  $deb" | sha256sum -c --status; then
    log "downloading $pkg $ver"
    curl -fsSL --retry 3 -o "$deb.part" "$mirror/$file"
    echo "$sum  $deb.part" | sha256sum -c --status || die "checksum mismatch for $pkg"
    mv "$deb.part" "$deb"
  fi
  debs+=("$deb")
done

# Debian version "7.1.4+dfsg1-1" -> upstream WordPress version "7.1.4".
read -r deb_version _ <<<"${entry[wordpress]}"
version=${deb_version#*:}
version=${version%-*}
version=${version%%+*}
version=${version%%~*}
dest="$WP_CACHE/$version"

if [[ ! -f "$dest/.complete" ]]; then
  log "assembling WordPress $version (Debian $deb_version)"
  work=$(mktemp -d "$WP_CACHE/.build.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  stage="$work/stage"
  mkdir -p "$stage"
  for deb in "${debs[@]}"; do dpkg -x "$deb" "$stage"; done

  # Absolute links point into the package's file system: re-aim them at the
  # staging root when the target is shipped there; else keep the host path
  # (e.g. /etc/ssl/certs/ca-certificates.crt).
  while IFS= read -r -d '' link; do
    target=$(readlink "$link")
    if [[ "$target" == /* ]] && [[ -e "$stage$target" || -L "$stage$target" ]]; then
      ln -sfn "$stage$target" "$link"
    fi
  done < <(find "$stage" -type l -print0)

  # Copy with every link dereferenced; a dangling link makes cp fail.
  cp -rL "$stage/usr/share/wordpress" "$work/wordpress" \
    || die "dangling symlinks in the WordPress tree"
  left=$(find "$work/wordpress" -type l | head -5)
  [[ -z "$left" ]] || die "symlinks left in the tree: $left"

  # Debian's wp-config.php only loads /etc/wordpress/config-*.php; every site
  # gets its own wp-config.php from scripts/site.sh instead. Debian's
  # .htaccess is Apache-only.
  if grep -q '/etc/wordpress' "$work/wordpress/wp-config.php" 2>/dev/null; then
    rm "$work/wordpress/wp-config.php"
  fi
  rm -f "$work/wordpress/.htaccess"
  [[ -f "$work/wordpress/wp-config-sample.php" ]] || die "wp-config-sample.php missing"

  got=$(php -r 'include $argv[1]; echo $wp_version;' "$work/wordpress/wp-includes/version.php")
  [[ "$got" == "$version" ]] || die "version.php says '$got', expected '$version'"

  printf '%s\n' "$version" >"$work/wordpress/.complete"
  rm -rf "$dest"
  mv "$work/wordpress" "$dest"
fi

ln -sfn "$version" "$WP_CACHE/current"
cat "$dest/.complete"
