#!/usr/bin/env bash
# Install the Debian packages the test suite and the local stack use when they are missing (root
# only): redis-server, chromium, and jemalloc (the local database's allocator).
set -u
missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
{ ldconfig -p || /sbin/ldconfig -p; } 2>/dev/null | grep -q 'libjemalloc\.so' || missing+=(libjemalloc2)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "note: ${missing[*]} missing and not root; the tests that need them skip (without" \
    "jemalloc the local database runs on the C library's malloc)" >&2
  exit 0
fi
echo "installing ${missing[*]} (Debian packages)"
{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } \
  >/tmp/leadbot-apt.log 2>&1 || { echo "apt-get failed, see /tmp/leadbot-apt.log" >&2; exit 0; }
