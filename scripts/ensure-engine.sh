#!/usr/bin/env bash
# Makes a Docker engine answer at the default local endpoint, installing and starting Debian's docker.io
# when none does. Idempotent: an engine that already answers is left alone. Changes nothing when it cannot
# do the whole job (not root, no apt-get, a remote DOCKER_HOST), and says what to do instead.
set -euo pipefail

endpoint="${Docker__Endpoint:-unix:///var/run/docker.sock}"
log_dir="${CHATOPS_LOG_DIR:-/var/log/chatops}"

say() { printf '[chatops setup] %s\n' "$*" >&2; }

engine_answers() {
  [ -S /var/run/docker.sock ] && curl -fsS --max-time 3 --unix-socket /var/run/docker.sock http://localhost/_ping >/dev/null 2>&1
}

if [ "$endpoint" != "unix:///var/run/docker.sock" ]; then
  say "Docker endpoint is '$endpoint', not the default local socket; start that engine yourself, then run again."
  exit 1
fi

engine_answers && exit 0

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
