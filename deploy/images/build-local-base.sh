#!/usr/bin/env bash
# Builds the LOCAL base image for machines that reach no container registry: a minimal Debian 12 root filesystem
# (debootstrap, variant minbase, with the current bookworm security updates) plus Debian's openjdk-17-jre-headless,
# packed as an image tarball in `docker save` layout, which Jib reads as a base through `tar://`.
#
#   deploy/images/build-local-base.sh            build it unless the cached tarball exists; print its path
#   deploy/images/build-local-base.sh --rebuild  build it again (picks up new Debian security updates)
#
# Output (never in the repository): ${TELEREHAB_IMAGE_CACHE:-~/.cache/telerehab/images}/debian12-openjdk17.tar
# Needs root (debootstrap and chroot), debootstrap (apt-get install debootstrap), python3, a Debian mirror
# (DEBIAN_MIRROR, default http://deb.debian.org/debian). Takes 3-6 minutes.
set -euo pipefail

cache=${TELEREHAB_IMAGE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/telerehab/images}
out="$cache/debian12-openjdk17.tar"
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
security_mirror=${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
here=$(cd "$(dirname "$0")" && pwd)

rebuild=0
for arg in "$@"; do
  case "$arg" in
    --rebuild) rebuild=1 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done

if [[ $rebuild == 0 && -s "$out" ]]; then
  echo "$out"
  exit 0
fi
[[ $(id -u) == 0 ]] || { echo "build-local-base.sh: needs root (debootstrap, chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "build-local-base.sh: install debootstrap (apt-get install debootstrap)" >&2; exit 1; }

work="$cache/base-work"
rootfs="$work/rootfs"
rm -rf "$work"
mkdir -p "$rootfs"

echo "== debootstrap bookworm (minbase) + openjdk-17-jre-headless from $mirror" >&2
debootstrap --variant=minbase --include=ca-certificates,openjdk-17-jre-headless bookworm "$rootfs" "$mirror" >&2

echo "== security updates, a user for uid 185, clean-up" >&2
cat > "$rootfs/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb $security_mirror bookworm-security main
SOURCES
# a private mount namespace: /proc is mounted for the package scripts only and vanishes with it
unshare --mount --fork -- sh -ec "
  mount -t proc proc '$rootfs/proc'
  chroot '$rootfs' apt-get update -qq
  DEBIAN_FRONTEND=noninteractive chroot '$rootfs' apt-get -y -qq -o Dpkg::Options::=--force-confold upgrade
  chroot '$rootfs' apt-get clean
" >&2
# uid/gid 185 as in the UBI OpenJDK images (the Deployments run as 185); home /tmp, the only writable place
echo 'app:x:185:185:Telerehab app:/tmp:/usr/sbin/nologin' >> "$rootfs/etc/passwd"
echo 'app:x:185:' >> "$rootfs/etc/group"
echo 'app:!:19000::::::' >> "$rootfs/etc/shadow"
# what a container runtime provides, and what only grows an image
rm -rf "$rootfs"/dev/* "$rootfs"/proc/* "$rootfs"/sys/* "$rootfs"/run/* "$rootfs"/tmp/* "$rootfs"/var/tmp/* \
  "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* "$rootfs"/var/cache/debconf/*-old \
  "$rootfs"/var/log/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/etc/hostname "$rootfs"/etc/resolv.conf
find "$rootfs/usr/share/doc" -type f ! -name copyright -delete   # keep the licences
: > "$rootfs/etc/machine-id"

echo "== packing $out" >&2
java_home=$(cd "$rootfs" && ls -d usr/lib/jvm/java-17-openjdk-* | head -1)
packages=$(chroot "$rootfs" dpkg-query -W -f '${Package}=${Version}\n' openjdk-17-jre-headless libc6 | tr '\n' ' ')
python3 "$here/oci.py" pack-base "$rootfs" "$out.tmp" \
  --env "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
  --env "JAVA_HOME=/$java_home" --env "LANG=C.UTF-8" \
  --label "org.opencontainers.image.title=telerehab local base: Debian 12 + OpenJDK 17 JRE" \
  --label "org.opencontainers.image.description=built by deploy/images/build-local-base.sh: $packages" \
  --history "deploy/images/build-local-base.sh: debootstrap --variant=minbase bookworm, security updates, $packages" >&2
mv "$out.tmp" "$out"
rm -rf "$work"
echo "$out"
