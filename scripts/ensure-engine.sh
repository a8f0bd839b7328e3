#!/usr/bin/env bash
# Makes sure the Docker engine the bot is configured for answers. Any engine that answers at the configured
# endpoint (Docker__Endpoint, else Docker:Endpoint in appsettings.json, passed as $1) is used as it is.
# Only for the default local socket does it offer to install and start Debian's docker.io; for any other
# endpoint it says how to start that engine and changes nothing. Idempotent.
set -euo pipefail

default_endpoint="unix:///var/run/docker.sock"
endpoint="${1:-${Docker__Endpoint:-$default_endpoint}}"
log_dir="${CHATOPS_LOG_DIR:-/var/log/chatops}"

say() { printf '[chatops setup] %s\n' "$*" >&2; }

# unix:///path -> ping over that socket; tcp://host:port or http://host:port -> plain HTTP ping.
# Any other scheme (https with client certificates, npipe) cannot be pinged here: the app tries it itself.
engine_answers() {
  case "$endpoint" in
    unix://*)
      local socket="${endpoint#unix://}"
      [ -S "$socket" ] && curl -fsS --max-time 3 --unix-socket "$socket" http://localhost/_ping >/dev/null 2>&1 ;;
    tcp://*|http://*)
      local address="${endpoint#*://}"
      curl -fsS --max-time 3 "http://${address%/}/_ping" >/dev/null 2>&1 ;;
    *) return 0 ;;
  esac
}

engine_answers && exit 0

if [ "$endpoint" != "$default_endpoint" ]; then
  say "No Docker engine answers at '$endpoint' (Docker:Endpoint). Start that engine, or unset Docker__Endpoint"
  say "to use the local one at $default_endpoint (which ./chatops installs and starts when needed)."
  exit 1
fi

if [ "$(id -u)" -ne 0 ]; then
  say "No Docker engine answers at /var/run/docker.sock and installing one needs root."
  say "Run as root, or start an engine yourself (e.g. 'sudo dockerd --bridge=none --iptables=false &')."
  exit 1
fi

if ! command -v dockerd >/dev/null 2>&1; then
  if ! command -v apt-get >/dev/null 2>&1; then
    say "No Docker engine and no apt-get to install one: install Docker Engine, start it, then run again."
    exit 1
  fi
  say "Installing Debian's docker.io (engine 20.10)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null 2>&1 || true
  apt-get install -y -q docker.io >/dev/null
fi

mkdir -p "$log_dir"
say "Starting dockerd (no bridge, no iptables; log in $log_dir/dockerd.log)..."
# setsid + redirected streams: the daemon must never hold our caller's stdout/stderr open.
setsid nohup dockerd --bridge=none --iptables=false --host=unix:///var/run/docker.sock \
  >"$log_dir/dockerd.log" 2>&1 </dev/null &

for _ in $(seq 1 60); do
  engine_answers && { say "Docker engine is up."; exit 0; }
  sleep 1
done
say "dockerd did not answer within 60 s; see $log_dir/dockerd.log"
tail -n 20 "$log_dir/dockerd.log" >&2 || true
exit 1
