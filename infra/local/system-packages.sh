#!/usr/bin/env bash
# Install the Debian packages the test suite uses when they are missing (root only).
set -u
missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "note: ${missing[*]} missing and not root; the tests that need them will skip" >&2
  exit 0
fi
echo "installing ${missing[*]} (Debian packages)"
{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } \
  >/tmp/leadbot-apt.log 2>&1 || { echo "apt-get failed, see /tmp/leadbot-apt.log" >&2; exit 0; }
