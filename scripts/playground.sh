#!/usr/bin/env bash
# Starts Microsoft 365 Agents Playground (the local Teams simulator) for a bot on this machine, safely:
# telemetry off and inside a network namespace that has only loopback (its telemetry library would otherwise
# probe 169.254.169.254). See docs/testing.md.
#
#   scripts/playground.sh                  # attach to a bot already running (npm start) on this machine
#   scripts/playground.sh -- npm start     # start the bot too, in the same namespace
#
# Outside a loopback-only namespace the script re-runs itself under `unshare -n` (root) or `unshare -rn`
# (unprivileged user namespace). Ports are bridged through Unix sockets, which cross namespaces: the UI port
# (and any --expose port) from the host into the namespace, so a browser on the host can open
# http://localhost:56150; and, when the bot runs on the host (no `-- command`), the bot's port from the
# namespace out to the host. The playground itself still reaches nothing but those ports.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SELF="$ROOT/scripts/playground.sh"
PORT=56150
ENDPOINT="http://localhost:3978/api/messages"
CONFIG="$ROOT/.m365agentsplayground.yml"
LOG="$ROOT/devTools/m365agentsplayground.log"
EXPOSE=()
COMMAND=()

usage() {
  cat <<EOF
Usage: scripts/playground.sh [options] [-- command that starts the bot]
  --port N         playground port (default $PORT)
  --endpoint URL   the bot's messaging endpoint (default $ENDPOINT)
  --config FILE    playground config (default .m365agentsplayground.yml)
  --log FILE       playground log (default devTools/m365agentsplayground.log)
  --expose PORT    also bridge this loopback port to the host, e.g. the bot's web pages (repeatable)
EOF
}

ARGS=("$@")
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT="$2"; shift 2 ;;
    --endpoint) ENDPOINT="$2"; shift 2 ;;
    --config) CONFIG="$(realpath "$2")"; shift 2 ;;
    --log) LOG="$(realpath -m "$2")"; shift 2 ;;
    --expose) EXPOSE+=("$2"); shift 2 ;;
    -h | --help) usage; exit 0 ;;
    --) shift; COMMAND=("$@"); break ;;
    *) echo "playground: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done
BRIDGED=("$PORT" "${EXPOSE[@]}")

say() { echo "playground: $*" >&2; }
only_loopback() { [ -z "$(ip -o link show 2>/dev/null | awk -F': ' '{print $2}' | grep -v '^lo$')" ]; }

# node is the one tool we know is here; it pipes TCP to a Unix socket (host side) or back (namespace side).
BRIDGE_JS='
const net = require("node:net");
const [side, port, socketPath] = process.argv.slice(1);
const pipe = (a, b) => { a.pipe(b).pipe(a); a.on("error", () => b.destroy()); b.on("error", () => a.destroy()); };
if (side === "listen-tcp") {
  for (const host of ["127.0.0.1", "::1"]) {
    net.createServer((c) => pipe(c, net.connect(socketPath))).on("error", (e) => {
      if (host === "127.0.0.1") { console.error(`playground: cannot listen on ${host}:${port}: ${e.message}`); process.exit(1); }
    }).listen(Number(port), host);
  }
} else {
  net.createServer((c) => pipe(c, net.connect(Number(port), "localhost"))).listen(socketPath);
}'
# The bot's port, bridged out of the namespace when the bot runs on the host.
ENDPOINT_PORT="$(node -e 'const u = new URL(process.argv[1]); console.log(u.port || (u.protocol === "https:" ? 443 : 80))' "$ENDPOINT")"
REVERSE=()
[ ${#COMMAND[@]} -eq 0 ] && REVERSE=("$ENDPOINT_PORT")

# Exit status 0 when something answers HTTP at the URL, whatever the status code.
answers() { node -e 'fetch(process.argv[1], { method: "HEAD" }).then(() => process.exit(0), () => process.exit(1))' "$1"; }

if ! only_loopback; then
  if [ -n "${PLAYGROUND_SH_INNER:-}" ]; then
    say "still not in a loopback-only network namespace; refusing to start."
    exit 1
  fi
  if [ "$(id -u)" = 0 ]; then
    UNSHARE=(unshare -n)
  elif unshare -rn true 2>/dev/null; then
    UNSHARE=(unshare -rn)
  else
    say "refusing to run outside a loopback-only network namespace, and cannot create one"
    say "(needs root, or unprivileged user namespaces: sysctl kernel.unprivileged_userns_clone=1)."
    exit 1
  fi
  BRIDGE_DIR="$(mktemp -d -t contact-intake-playground.XXXXXX)"
  BRIDGE_PIDS=()
  INNER_PID=""
  outer_cleanup() {
    trap - INT TERM EXIT
    if [ -n "$INNER_PID" ]; then
      kill -TERM "$INNER_PID" 2>/dev/null || true
      wait "$INNER_PID" 2>/dev/null || true
    fi
    for pid in "${BRIDGE_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    rm -rf "$BRIDGE_DIR"
  }
  trap outer_cleanup EXIT
  trap 'exit 130' INT TERM
  for port in "${BRIDGED[@]}"; do
    node -e "$BRIDGE_JS" listen-tcp "$port" "$BRIDGE_DIR/$port.sock" &
    BRIDGE_PIDS+=($!)
  done
  for port in "${REVERSE[@]}"; do
    node -e "$BRIDGE_JS" listen-unix "$port" "$BRIDGE_DIR/bot-$port.sock" &
    BRIDGE_PIDS+=($!)
  done
  say "not isolated: re-running inside '${UNSHARE[*]}' (host ports ${BRIDGED[*]} are bridged into it" \
    "${REVERSE:+and its port ${REVERSE[*]} out to the bot on this machine})"
  PLAYGROUND_SH_INNER=1 PLAYGROUND_SH_BRIDGE_DIR="$BRIDGE_DIR" \
    "${UNSHARE[@]}" bash -c 'ip link set lo up && exec "$0" "$@"' "$SELF" "${ARGS[@]}" &
  INNER_PID=$!
  status=0
  wait "$INNER_PID" || status=$?
  INNER_PID=""
  exit "$status"
fi

# From here on: inside a loopback-only namespace.
ip -o link show lo | grep -q '[<,]UP[,>]' || ip link set lo up
[ -f "$CONFIG" ] || { say "config $CONFIG not found"; exit 1; }
mkdir -p "$(dirname "$LOG")"
: >"$LOG"

PG_PID=""
CMD_PID=""
BRIDGE_PIDS=()
stop_group() {
  local pgid="$1" i
  kill -TERM -- "-$pgid" 2>/dev/null || return 0
  for i in $(seq 50); do kill -0 -- "-$pgid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL -- "-$pgid" 2>/dev/null || true
}
inner_cleanup() {
  trap - INT TERM EXIT
  if [ -n "$PG_PID" ]; then
    kill -TERM "$PG_PID" 2>/dev/null || true
    wait "$PG_PID" 2>/dev/null || true
  fi
  if [ -n "$CMD_PID" ]; then stop_group "$CMD_PID"; fi
  for pid in "${BRIDGE_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  say "stopped."
}
trap inner_cleanup EXIT
trap 'exit 130' INT TERM

if [ -n "${PLAYGROUND_SH_BRIDGE_DIR:-}" ]; then
  for port in "${BRIDGED[@]}"; do
    node -e "$BRIDGE_JS" listen-unix "$port" "$PLAYGROUND_SH_BRIDGE_DIR/$port.sock" &
    BRIDGE_PIDS+=($!)
  done
  for port in "${REVERSE[@]}"; do
    node -e "$BRIDGE_JS" listen-tcp "$port" "$PLAYGROUND_SH_BRIDGE_DIR/bot-$port.sock" &
    BRIDGE_PIDS+=($!)
  done
fi

if [ ${#COMMAND[@]} -gt 0 ]; then
  say "starting: ${COMMAND[*]}"
  # Its own process group, so stopping it also stops what it started (npm start runs node under a shell).
  setsid "${COMMAND[@]}" &
  CMD_PID=$!
fi

if answers "http://localhost:$PORT/"; then
  say "port $PORT is taken in this namespace; choose another with --port."
  exit 1
fi
unset http_proxy https_proxy all_proxy HTTP_PROXY HTTPS_PROXY ALL_PROXY
for name in $(compgen -e | grep -E '^(M365_AGENTS_PLAYGROUND_|TEAMSAPPTESTER_|TEAMS_APP_TEST_TOOL_)' || true); do
  unset "$name"
done
APPLICATION_INSIGHTS_NO_STATSBEAT=1 TEAMSAPPTESTER_BROWSER=none \
  M365_AGENTS_PLAYGROUND_CONFIG_PATH="$CONFIG" M365_AGENTS_PLAYGROUND_LOGFILE="$LOG" \
  node "$ROOT/node_modules/@microsoft/m365agentsplayground/cli.js" \
  -e "$ENDPOINT" -c msteams -p "$PORT" --disable-telemetry >/dev/null &
PG_PID=$!

pong=no
for _ in $(seq 100); do
  kill -0 "$PG_PID" 2>/dev/null || { say "the playground exited; see $LOG:"; tail -n 5 "$LOG" >&2; exit 1; }
  if [ "$(node -e 'fetch(process.argv[1]).then(r => r.text()).then(t => console.log(t), () => {})' \
    "http://localhost:$PORT/_debug/ping")" = pong ]; then
    pong=yes
    break
  fi
  sleep 0.2
done
[ "$pong" = yes ] || { say "the playground did not answer on port $PORT; see $LOG"; exit 1; }

bot_ready=no
for _ in $(seq 600); do
  if answers "$ENDPOINT"; then bot_ready=yes; break; fi
  [ -n "$CMD_PID" ] && ! kill -0 "$CMD_PID" 2>/dev/null && { say "'${COMMAND[*]}' exited"; exit 1; }
  [ -z "$CMD_PID" ] && break
  sleep 0.2
done
[ "$bot_ready" = yes ] || say "warning: nothing answers at $ENDPOINT yet; start the bot in this namespace."

say "Agents Playground is ready for the bot at $ENDPOINT (log: $LOG)"
if [ -n "${PLAYGROUND_SH_BRIDGE_DIR:-}" ]; then
  say "open http://localhost:$PORT in your browser. Ctrl-C stops everything."
else
  say "UI at http://localhost:$PORT, reachable from inside this network namespace only. Ctrl-C stops it."
fi

status=0
if [ -n "$CMD_PID" ]; then wait -n "$PG_PID" "$CMD_PID" || status=$?; else wait "$PG_PID" || status=$?; fi
exit "$status"
