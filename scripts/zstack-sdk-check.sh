#!/usr/bin/env bash
# CI's check of Examples/ZStackSDK, the whole ZStack API imported by `apigen import zstack-doc`:
# its specs validate with no problem, the checked-in client, server, mock and endpoint calls are
# what apigen and scripts/make-endpoint-calls.py write, everything compiles without a warning,
# the mock executable starts and answers, and every endpoint called through the generated client
# against the generated mock over loopback answers with a reply that decodes.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
apigen="$root/.build/debug/apigen"
package=Examples/ZStackSDK

swift build --product apigen >/dev/null
"$apigen" validate --warnings-as-errors "$package/api-specs"
(cd "$package" && "$apigen" generate --check)
python3 scripts/make-endpoint-calls.py "$package/Sources/ZStackSDK" --module ZStackSDK --prefix ZStack \
    --output "$package/Tests/ZStackSDKTests/EveryEndpointCalls.swift" --check

mkdir -p "$package/.build"
log="$package/.build/zstack-sdk-build.log"
start=$(date +%s)
swift build --package-path "$package" --build-tests 2>&1 | tee "$log" | grep -E "^(Build|error|.*warning:)" || true
if grep -q "error:" "$log" || ! grep -q "Build complete" "$log"; then
    echo "zstack-sdk: the build failed" >&2
    exit 1
fi
echo "zstack-sdk: built in $(($(date +%s) - start)) s"
if grep -E "^$root/$package/(Sources|Tests)/.*warning:" "$log"; then
    echo "zstack-sdk: the build printed warnings in the generated code or its tests" >&2
    exit 1
fi

# The mock executable starts, listens and answers an endpoint.
binary="$(swift build --package-path "$package" --show-bin-path)/zstack-sdk-mock"
output="$(mktemp)"
"$binary" 0 >"$output" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$output"' EXIT
url=""
for _ in $(seq 1 300); do
    url="$(grep -Eo 'http://127\.0\.0\.1:[0-9]+' "$output" | head -n 1 || true)"
    [[ -n $url ]] && break
    kill -0 "$pid" 2>/dev/null || { cat "$output" >&2; echo "zstack-sdk-mock exited" >&2; exit 1; }
    sleep 0.1
done
[[ -n $url ]] || { echo "zstack-sdk-mock did not start within 30 s" >&2; exit 1; }
reply="$(curl --silent --show-error --fail -H 'Authorization: OAuth session' "$url/zstack/v1/zones")"
case "$reply" in
    *'"inventories"'*) echo "zstack-sdk-mock answers at $url: GET /zstack/v1/zones -> ${reply:0:80}..." ;;
    *) echo "zstack-sdk-mock answered GET /zstack/v1/zones with: $reply" >&2; exit 1 ;;
esac
kill "$pid"
wait "$pid" 2>/dev/null || true

swift test --package-path "$package" --skip-build
