#!/usr/bin/env bash
# Builds Tests/MainActorCheck: the checked-in generated code in targets with `.defaultIsolation(MainActor.self)`
# (swift-tools-version 6.2), and an app target that uses it. Fails on any error or on any warning in it.
set -euo pipefail
cd "$(dirname "$0")/.."
package=Tests/MainActorCheck
mkdir -p "$package/.build"
log="$package/.build/mainactor-check.log"
${SWIFT:-swift} build --package-path "$package" 2>&1 | tee "$log"
# The sources are reached through symbolic links, so warnings name either path.
if grep -E "^[^ ]*/(Sources|Tests)/.*warning:" "$log" | grep -v "/.build/checkouts/"; then
    echo "mainactor-check: the generated code has warnings under MainActor default isolation" >&2
    exit 1
fi
echo "mainactor-check: generated client, server and mock code compiles without warnings with MainActor default isolation"
