#!/usr/bin/env bash
# ./chatops publish [--no-image]: the self-contained build of the app in .build/publish (runs without the .NET
# SDK: the runtime is inside, with appsettings.json, content/ and runtime/ beside it), then the bot's own image
# on the seeded Debian base, built by the local engine (no registry).
# CHATOPS_IMAGE names the image (default chatops/bot:local).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PUBLISH_OUT="$ROOT/.build/publish"
IMAGE="${CHATOPS_IMAGE:-chatops/bot:local}"
with_image=1
[ "${1:-}" = "--no-image" ] && with_image=0

require_dotnet
say "publishing a self-contained build (linux-x64) to .build/publish..."
rm -rf "$PUBLISH_OUT"
if ! dotnet publish "$ROOT/src/ChatOps.App/ChatOps.App.csproj" -c Release -r linux-x64 --self-contained true -o "$PUBLISH_OUT" \
    -nologo -v quiet -clp:ErrorsOnly > "$ROOT/.build/publish.log" 2>&1; then
  grep -E 'error' "$ROOT/.build/publish.log" | sort -u | head -n 40 >&2
  say "publish failed; the whole log is in .build/publish.log"
  exit 1
fi
# What the app reads at run time besides its binaries: the settings, the example content, the python loop.
cp "$ROOT/appsettings.json" "$PUBLISH_OUT/"
cp -r "$ROOT/content" "$ROOT/runtime" "$PUBLISH_OUT/"
say "published: $PUBLISH_OUT/ChatOps.App serve (CHATOPS_HOME=$PUBLISH_OUT)"

[ "$with_image" = 1 ] || exit 0
# The engine the app itself uses (appsettings.json, then Docker__Endpoint).
endpoint="$(CHATOPS_HOME="$ROOT" "$PUBLISH_OUT/ChatOps.App" engine endpoint)"
base="$(CHATOPS_HOME="$ROOT" "$PUBLISH_OUT/ChatOps.App" engine base-image)"
say "building the image $IMAGE on $base..."
if ! DOCKER_HOST="$endpoint" docker build --network host --build-arg "BASE=$base" -t "$IMAGE" \
    -f "$ROOT/packaging/Dockerfile" "$PUBLISH_OUT" > "$ROOT/.build/image.log" 2>&1; then
  tail -n 20 "$ROOT/.build/image.log" >&2
  say "the image build failed; the whole log is in .build/image.log"
  exit 1
fi
say "image: $IMAGE (run it as the README shows: the engine's socket mounted, secrets from the environment)"
