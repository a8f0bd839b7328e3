# Shared by ./chatops and ./test: locate the repo, build when sources changed, make the engine and base image available.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CHATOPS_HOME="$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
APP_OUT="$ROOT/.build/app"
APP_DLL="$APP_OUT/ChatOps.App.dll"

say() { printf '[chatops] %s\n' "$*" >&2; }

require_dotnet() {
  command -v dotnet >/dev/null 2>&1 && return 0
  say "The .NET 10 SDK is not on PATH. Install it (https://dot.net) and run again."
  exit 1
}

ensure_tools() {
  # curl pings the engine before .NET is involved; install it quietly when a fresh machine lacks it.
  command -v curl >/dev/null 2>&1 && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q curl >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1; DEBIAN_FRONTEND=noninteractive apt-get install -y -q curl >/dev/null; }
  else
    say "curl is missing; install it and run again."; exit 1
  fi
}

sources_changed_since() {
  # True when any source, project or settings file is newer than the given stamp (or it is missing).
  local stamp="$1"
  [ -f "$stamp" ] || return 0
  [ -n "$(find "$ROOT/parsers" "$ROOT/src" "$ROOT/bots" "$ROOT/Directory.Build.props" \
          \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' \) -newer "$stamp" -print -quit 2>/dev/null)" ]
}

runtime_id() {
  case "$(uname -m)" in
    aarch64|arm64) echo linux-arm64 ;;
    *) echo linux-x64 ;;
  esac
}

build_app() {
  require_dotnet
  if sources_changed_since "$APP_OUT/.stamp"; then
    say "building (dotnet publish, Release, ReadyToRun)..."
    mkdir -p "$APP_OUT"
    # ReadyToRun: the assemblies are compiled ahead of time, so a one-shot `./chatops exec` spends its time
    # answering rather than in the JIT. Framework-dependent: the machine's .NET runtime still runs it.
    if ! dotnet publish "$ROOT/src/ChatOps.App/ChatOps.App.csproj" -c Release -r "$(runtime_id)" --self-contained false \
        -p:PublishReadyToRun=true -o "$APP_OUT" -nologo -v quiet -clp:ErrorsOnly > "$ROOT/.build/build.log" 2>&1; then
      grep -E 'error' "$ROOT/.build/build.log" | sort -u | head -n 40 >&2
      say "build failed; the whole log is in .build/build.log"
      exit 1
    fi
    touch "$APP_OUT/.stamp"
  fi
}

load_engine_facts() {
  # The endpoint and default base as the app resolves them (appsettings*.json, then overrides such as
  # Docker__Endpoint), so wrapper and app agree on the engine. Asking the app costs a .NET start, so the answer is
  # kept beside the build and asked again only when the build, a settings file or an override changed.
  local facts="$APP_OUT/.engine-facts" key
  key="$( { env | grep -E '^(Docker__|Images__|DOTNET_ENVIRONMENT=|ASPNETCORE_ENVIRONMENT=)' || true; } | sort | cksum)"
  if [ ! -f "$facts" ] || [ "$(head -n 1 "$facts")" != "$key" ] || [ "$APP_OUT/.stamp" -nt "$facts" ] \
      || [ -n "$(find "$ROOT" -maxdepth 1 -name 'appsettings*.json' -newer "$facts" -print -quit)" ]; then
    { printf '%s\n' "$key"; dotnet "$APP_DLL" engine facts; } > "$facts.new" || { rm -f "$facts.new"; exit 1; }
    mv "$facts.new" "$facts"
  fi
  ENGINE_ENDPOINT="$(sed -n 2p "$facts")"
  DEFAULT_BASE="$(sed -n 3p "$facts")"
}

ensure_engine() {
  ensure_tools
  load_engine_facts
  "$ROOT/scripts/ensure-engine.sh" "$ENGINE_ENDPOINT"
}

engine_has_image() {
  # One HTTP request to the engine (10 ms) instead of a .NET start; endpoints curl cannot reach say "unknown".
  local image="$1"
  case "$ENGINE_ENDPOINT" in
    unix://*) curl -fsS --max-time 3 --unix-socket "${ENGINE_ENDPOINT#unix://}" "http://localhost/images/$image/json" -o /dev/null 2>/dev/null ;;
    tcp://*|http://*) local address="${ENGINE_ENDPOINT#*://}"; curl -fsS --max-time 3 "http://${address%/}/images/$image/json" -o /dev/null 2>/dev/null ;;
    *) return 1 ;;
  esac
}

ensure_base_image() {
  [ -n "${DEFAULT_BASE:-}" ] && engine_has_image "$DEFAULT_BASE" && return 0
  dotnet "$APP_DLL" base ensure
}
