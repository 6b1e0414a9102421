#!/usr/bin/env bash
# Compile-time benchmark of a generated Swift client: makes an N-endpoint corpus, generates its
# client as one module or split per category, and times `swift build` of a package holding it,
# from clean and after one spec changes (its title). Prints one line per build.
#
#   scripts/bench-client-build.sh ENDPOINTS single|per-category debug|release [FOLDER]
#   SPECS=Examples/ZStackSDK/api-specs scripts/bench-client-build.sh 0 per-category debug
#
# With SPECS, the specs are a copy of that folder instead of a corpus (ENDPOINTS is then unused);
# MIN_MODULE_ENDPOINTS=N packs the categories with fewer endpoints into one module (per-category);
# MAX_MODULE_ENDPOINTS=N packs all of them into parts of at most N endpoints; FLATTENED_METHODS=false
# generates one method per endpoint (`--no-flattened-methods`).
# Needs a release build of apigen (`swift build -c release --scratch-path .build-bench --product
# apigen`, or set APIGEN). FOLDER (default /tmp/apigen-client-build-N-MODE) is deleted first.
set -euo pipefail
. "$(dirname "$0")/lib/client-package.sh"
endpoints=${1:?endpoints}
modules=${2:?single or per-category}
configuration=${3:?debug or release}
root=$(cd "$(dirname "$0")/.." && pwd)
folder=${4:-/tmp/apigen-client-build-$endpoints-$modules}
apigen=${APIGEN:-$root/.build-bench/release/apigen}

rm -rf "$folder"
mkdir -p "$folder"
cd "$folder"
if [ -n "${SPECS:-}" ]; then
    cp -R "$root/$SPECS" specs
else
    python3 "$root/scripts/make-corpus.py" --endpoints "$endpoints" --seed 1 --output specs --force >/dev/null
fi
generate_options=()
if [ -n "${MIN_MODULE_ENDPOINTS:-}" ]; then generate_options=(--min-module-endpoints "$MIN_MODULE_ENDPOINTS"); fi
if [ -n "${MAX_MODULE_ENDPOINTS:-}" ]; then generate_options+=(--max-module-endpoints "$MAX_MODULE_ENDPOINTS"); fi
if [ "${FLATTENED_METHODS:-true}" = false ]; then generate_options+=(--no-flattened-methods); fi
"$apigen" generate --specs specs --output gen --emitter swift-client --module BenchClient --modules "$modules" "${generate_options[@]}" --no-cache

if [ "$modules" = per-category ]; then
    targets=$(split_client_targets gen/swift-client/MODULES.md)
else
    targets='.target(name: "BenchClient", dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"), .product(name: "HTTPTypes", package: "swift-http-types")], path: "gen/swift-client"),'
fi
client_package_manifest BenchClient "$targets" >Package.swift

# Dependencies first, so that the timings are of the generated code alone.
swift build -c "$configuration" --target OpenAPIRuntime >/dev/null
swift build -c "$configuration" --target HTTPTypes >/dev/null

timed_build() {
    local label=$1
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -f "%e %U %S %M" -o build.time swift build -c "$configuration" >build.log 2>&1 || {
        tail -30 build.log
        exit 1
    }
    end=$(date +%s.%N)
    read -r wall user sys peak <build.time
    printf '%s %s %s: wall %.1f s, cpu %.1f s, peak %.2f GB\n' "$modules" "$configuration" "$label" \
        "$(echo "$end - $start" | bc)" "$(echo "$user + $sys" | bc)" "$(echo "$peak / 1048576" | bc -l)"
}

timed_build "from clean"
# The corpus's first create-*.yaml under compute/ (its largest category); in other specs, the first
# spec with a title.
spec=$(find specs -path '*/compute/*' -name 'create-*.yaml' | sort | sed -n 1p)
[ -n "$spec" ] || spec=$(grep -rl --include='*.yaml' '^  title: ' specs | grep -v '/api.yaml$' | sort | sed -n 1p)
sed -i '0,/title: /s/title: \(.*\)/title: \1 (changed)/' "$spec"
"$apigen" generate --specs specs --output gen --emitter swift-client --module BenchClient --modules "$modules" "${generate_options[@]}" --no-cache
timed_build "after one spec changed ($spec)"
