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

build_app() {
  require_dotnet
  if sources_changed_since "$APP_OUT/.stamp"; then
    say "building (dotnet build, Release)..."
    mkdir -p "$APP_OUT"
    if ! dotnet build "$ROOT/src/ChatOps.App/ChatOps.App.csproj" -c Release -o "$APP_OUT" -nologo -v quiet -clp:ErrorsOnly \
        > "$ROOT/.build/build.log" 2>&1; then
      grep -E 'error' "$ROOT/.build/build.log" | sort -u | head -n 40 >&2
      say "build failed; the whole log is in .build/build.log"
      exit 1
    fi
    touch "$APP_OUT/.stamp"
  fi
}

ensure_engine() {
  ensure_tools
  # The endpoint as the app resolves it (appsettings.json, then Docker__Endpoint), so both agree on the engine.
  local endpoint
  endpoint="$(dotnet "$APP_DLL" engine endpoint)" || exit 1
  "$ROOT/scripts/ensure-engine.sh" "$endpoint"
}

ensure_base_image() {
  dotnet "$APP_DLL" base ensure
}
