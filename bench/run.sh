#!/usr/bin/env bash
# npm run bench [-- --sizes 30,300]: the Microsoft 365 back end's figures against the fake Graph server.
#
# Runs compiled JavaScript, not ts-jest: jest's module registry, transform cache and parallel workers
# would sit inside every timing. tsc (the only TypeScript compiler installed) compiles bench/ and what it
# imports into a temporary folder; node runs it there. Like the tests, it runs only in a network namespace
# with nothing but loopback (the Graph client must never reach a real tenant from a benchmark).
set -euo pipefail
cd "$(dirname "$0")/.."

only_loopback() { [ -z "$(ip -o link show 2>/dev/null | awk -F': ' '{print $2}' | grep -v '^lo$')" ]; }

if ! only_loopback; then
  if [ "$(id -u)" = 0 ]; then
    exec unshare -n bash -c 'ip link set lo up && exec "$0" "$@"' "$0" "$@"
  elif unshare -rn true 2>/dev/null; then
    exec unshare -rn bash -c 'ip link set lo up && exec "$0" "$@"' "$0" "$@"
  else
    echo "bench: cannot create a loopback-only network namespace (needs root or unprivileged user namespaces)." >&2
    echo "bench: run as root, or enable user namespaces (sysctl kernel.unprivileged_userns_clone=1)." >&2
    exit 1
  fi
fi

# The fake Graph speaks https with the tests' throwaway CA; node reads NODE_EXTRA_CA_CERTS only at start-up.
NODE_EXTRA_CA_CERTS="$(scripts/test-tls.sh)"
export NODE_EXTRA_CA_CERTS

out="$(mktemp -d "${TMPDIR:-/tmp}/contact-intake-bench-XXXXXX")"
trap 'rm -rf "$out"' EXIT
echo "bench: compiling with tsc…" >&2
# Emit only: type checking is `npm run typecheck`'s job (tsconfig.check.json covers bench/).
npx tsc -p bench/tsconfig.json --outDir "$out" --noCheck
# The compiled files find the repository's packages, package.json (the User-Agent's version) and the
# test certificate (tests/artifacts/tls) where they expect them: next to the sources they came from.
mkdir -p "$out/tests"
ln -s "$PWD/node_modules" "$out/node_modules"
ln -s "$PWD/package.json" "$out/package.json"
ln -s "$PWD/scripts" "$out/scripts"
ln -s "$PWD/tests/artifacts" "$out/tests/artifacts"
node "$out/bench/main.js" "$@"
