#!/usr/bin/env bash
# Builds the default base image offline when no registry can provide it: a minimal Debian (the machine's
# configured mirror) with python3, pip and a `demisto` user (uid/gid 4000, as XSOAR's base images have),
# imported into the local engine under the given name. The root filesystem tarball is cached so a second
# seed (another engine, a wiped /var/lib/docker) takes seconds.
# Usage: seed-base-image.sh IMAGE:TAG
set -euo pipefail

image="${1:?usage: seed-base-image.sh IMAGE:TAG}"
case "$image" in
  *[!a-z0-9._/:-]*|"") echo "refusing image name '$image': only a-z 0-9 . _ - / : are allowed" >&2; exit 2 ;;
esac
cache_dir="${CHATOPS_CACHE_DIR:-/var/cache/chatops}"
rootfs_tar="$cache_dir/base-rootfs-bookworm.tar"
say() { printf '[base seed] %s\n' "$*" >&2; }

if [ "$(id -u)" -ne 0 ]; then say "debootstrap needs root: run as root."; exit 1; fi

mirror_from_apt() {
  # The first deb URI of the machine's own apt configuration, so the seed uses the mirror apt already trusts.
  local uri
  uri=$(grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -n1 || true)
  [ -n "$uri" ] || uri=$(grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | head -n1 || true)
  echo "${uri:-http://deb.debian.org/debian}"
}

if [ ! -s "$rootfs_tar" ]; then
  command -v debootstrap >/dev/null 2>&1 || {
    say "installing debootstrap..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null
  }
  mkdir -p "$cache_dir"
  work=$(mktemp -d "$cache_dir/rootfs.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  mirror=$(mirror_from_apt)
  say "step 1/3: debootstrap bookworm (minbase + python3, pip) from $mirror; this takes a few minutes..."
  debootstrap --variant=minbase --include=python3,python3-pip,ca-certificates bookworm "$work/root" "$mirror" \
    > "$cache_dir/debootstrap.log" 2>&1 || { tail -n 20 "$cache_dir/debootstrap.log" >&2; exit 1; }
  say "step 2/3: adding user demisto (uid 4000), letting pip install into the image's python"
  chroot "$work/root" groupadd -g 4000 demisto
  chroot "$work/root" useradd -u 4000 -g 4000 -m -s /bin/sh demisto
  # Debian marks its python as externally managed (PEP 668); these images exist to pip install into it.
  rm -f "$work"/root/usr/lib/python3*/EXTERNALLY-MANAGED
  chroot "$work/root" apt-get clean
  rm -rf "$work"/root/var/lib/apt/lists/* "$work"/root/var/cache/apt/*.bin
  tar -C "$work/root" -cf "$rootfs_tar.partial" .
  mv "$rootfs_tar.partial" "$rootfs_tar"
else
  say "step 1/3, 2/3: using cached root filesystem $rootfs_tar"
fi

say "step 3/3: importing as $image"
docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV PYTHONDONTWRITEBYTECODE=1' \
  --change 'ENV LANG=C.UTF-8' \
  --change 'CMD ["python3"]' \
  --change 'LABEL org.chatops.seeded=true org.opencontainers.image.description="minimal Debian bookworm with python3 and pip"' \
  "$rootfs_tar" "$image" >/dev/null
say "done: $image"
