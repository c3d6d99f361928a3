#!/usr/bin/env bash
# Runs every check and test suite. Tests may only talk to loopback, so they run in a network namespace
# that has nothing but `lo` (Agents Playground and @azure/identity would otherwise probe 169.254.169.254).
set -euo pipefail
cd "$(dirname "$0")/.."

only_loopback() { [ -z "$(ip -o link show 2>/dev/null | awk -F': ' '{print $2}' | grep -v '^lo$')" ]; }

if ! only_loopback; then
  # Browser tests need Debian's chromium; install it while the network is still there.
  if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test: installing chromium for the browser tests (apt-get)" >&2
    (apt-get update -qq && apt-get install -y -qq chromium) >/dev/null
  fi
  if [ "$(id -u)" = 0 ]; then
    exec unshare -n bash -c 'ip link set lo up && exec "$0" "$@"' "$0" "$@"
  elif unshare -rn true 2>/dev/null; then
    exec unshare -rn bash -c 'ip link set lo up && exec "$0" "$@"' "$0" "$@"
  else
    echo "test: cannot create a loopback-only network namespace (needs root or unprivileged user namespaces)." >&2
    echo "test: run as root, or enable user namespaces (sysctl kernel.unprivileged_userns_clone=1)." >&2
    exit 1
  fi
fi

# The fake Graph server speaks https with a throwaway CA; node reads NODE_EXTRA_CA_CERTS only at start-up.
NODE_EXTRA_CA_CERTS="$(scripts/test-tls.sh)"
export NODE_EXTRA_CA_CERTS

npm run --silent typecheck
npm run --silent lint
npm run --silent deps:check
npx jest "$@"
