#!/usr/bin/env bash
# Makes (once) a throwaway certificate authority and a server certificate for 127.0.0.1/localhost, for the
# fake Microsoft Graph server in tests. The Graph client only sends its token to https hosts, so tests need
# real TLS; Node trusts the CA through NODE_EXTRA_CA_CERTS, which must be set before node starts.
# Prints the CA file's path:  export NODE_EXTRA_CA_CERTS="$(scripts/test-tls.sh)"
set -euo pipefail
dir="$(cd "$(dirname "$0")/.." && pwd)/tests/artifacts/tls"
if [ ! -s "$dir/server.pem" ]; then
  mkdir -p "$dir"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=contact-intake test CA" \
    -keyout "$tmp/ca.key" -out "$tmp/ca.pem" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$tmp/server.key" -out "$tmp/server.csr" 2>/dev/null
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' >"$tmp/ext"
  openssl x509 -req -in "$tmp/server.csr" -CA "$tmp/ca.pem" -CAkey "$tmp/ca.key" -CAcreateserial -days 3650 \
    -extfile "$tmp/ext" -out "$tmp/server.pem" 2>/dev/null
  cp "$tmp/ca.pem" "$tmp/server.key" "$dir/"
  mv "$tmp/server.pem" "$dir/server.pem"
fi
echo "$dir/ca.pem"
