#!/usr/bin/env bash
# Clean debug builds of several client packages taking turns, so that a slow spell of the machine falls on
# all of them alike: in each round, for each package, its client's objects, dependency files and modules are
# deleted and built again (dependencies kept), then one endpoint file's first doc comment line is changed and
# the package built again. Prints one line per package and round.
#
#   scripts/bench-layouts-in-turn.sh ROUNDS FOLDER...
#   scripts/bench-layouts-in-turn.sh 3 /tmp/single /tmp/parts   # folders that bench-client-build.sh made
#
# Each FOLDER is a package that `bench-client-build.sh` made (its client modules are named BenchClient*).
# ENDPOINT (default QueryApplianceVmByUuid) names the endpoint file whose doc comment the edit changes.
set -euo pipefail
rounds=${1:?usage: bench-layouts-in-turn.sh ROUNDS FOLDER...}
shift
[ $# -gt 0 ] || { echo "usage: $0 ROUNDS FOLDER..." >&2; exit 2; }
endpoint=${ENDPOINT:-QueryApplianceVmByUuid}

# Runs `swift build` in the current folder; prints "wall s / CPU s CPU / peak GB".
timed_build() {
    /usr/bin/time -f "%e %U %S %M" -o build.time swift build >build.log 2>&1 || {
        tail -20 build.log >&2
        exit 1
    }
    local wall user sys peak
    read -r wall user sys peak <build.time
    printf '%s s / %s s CPU / %.2f GB' "$wall" "$(echo "$user + $sys" | bc)" "$(echo "$peak / 1048576" | bc -l)"
}

folders=()
for folder in "$@"; do
    folders+=("$(cd "$folder" && pwd)")
    (cd "$folder" && swift build >/dev/null 2>&1) || { echo "$folder: does not build" >&2; exit 1; }
done
for round in $(seq 1 "$rounds"); do
    for folder in "${folders[@]}"; do
        cd "$folder"
        products=.build/x86_64-unknown-linux-gnu/debug
        find "$products" -path '*/BenchClient*.build/*' -type f \
            \( -name '*.o' -o -name '*.swiftdeps' -o -name '*.d' -o -name '*.dia' -o -name '*.priors' \) -delete
        rm -rf "$products"/Modules/BenchClient*
        clean=$(timed_build)
        file=$(find gen -name "$endpoint.swift" | head -1)
        [ -n "$file" ] || { echo "$folder: no $endpoint.swift under gen" >&2; exit 1; }
        sed -i "0,/^\/\/\/ /s|^/// \(.*\)$|/// \1 (changed $round)|" "$file"
        edit=$(timed_build)
        echo "round $round $(basename "$folder"): clean $clean; edit $edit ($(date +%T), load $(cut -d' ' -f1 /proc/loadavg))"
    done
done
