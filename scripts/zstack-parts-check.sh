#!/usr/bin/env bash
# CI's check of the layout the README recommends for a large API: the whole ZStack API's client
# generated with `modules: per-category, max-module-endpoints: 120` compiles, in a package of its
# own with the targets its MODULES.md lists, without a warning in the generated code; and no part
# holds more than 120 endpoints unless it is one category.
#
#   bash scripts/zstack-parts-check.sh [FOLDER]     # FOLDER (default: a temporary one) is deleted first
set -euo pipefail
. "$(dirname "$0")/lib/client-package.sh"
root=$(cd "$(dirname "$0")/.." && pwd)
apigen="$root/.build/debug/apigen"
maximum=120
folder=${1:-$(mktemp -d)}

(cd "$root" && swift build --product apigen >/dev/null)
rm -rf "$folder"
mkdir -p "$folder"
cd "$folder"
"$apigen" generate --specs "$root/Examples/ZStackSDK/api-specs" --output gen --emitter swift-client --module ZStackParts \
    --modules per-category --max-module-endpoints "$maximum" --no-cache
client_package_manifest ZStackParts "$(split_client_targets gen/swift-client/MODULES.md)" >Package.swift

# | `ZStackPartsPart1` | categories | endpoints | types |: over the maximum only with one category.
awk -F' \\| ' -v maximum="$maximum" '/^\| `ZStackPartsPart[0-9]+`/ {
    parts++
    gsub(/^\| /, "", $1)
    if ($3 + 0 > maximum && index($2, ", ") > 0) { print "zstack-parts: " $1 " holds " $3 " endpoints"; bad = 1 }
} END { if (parts < 2) { print "zstack-parts: " parts " part(s) in MODULES.md"; bad = 1 }; exit bad }' gen/swift-client/MODULES.md

start=$(date +%s)
swift build 2>&1 | tee build.log | grep -E "^(Build|error)" || true
if grep -q "error:" build.log || ! grep -q "Build complete" build.log; then
    echo "zstack-parts: the build failed" >&2
    exit 1
fi
if grep -E "^$folder/gen/.*warning:" build.log; then
    echo "zstack-parts: the build printed warnings in the generated code" >&2
    exit 1
fi
echo "zstack-parts: $(grep -c '^| `ZStackPartsPart' gen/swift-client/MODULES.md) parts of at most $maximum endpoints built in $(($(date +%s) - start)) s"
