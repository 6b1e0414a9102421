#!/usr/bin/env bash
# Builds zstack-mock, starts it in the background on a free port, sends the seed page's curl request (with the real
# port) and compares the reply with the seed page's response example as JSON. Stops the server with SIGTERM and
# exits non-zero on any mismatch or failure.
set -euo pipefail
cd "$(dirname "$0")/.."

expected='{"inventory": {"vmInstanceUuid": "321e85ca08b335e09f172041f7e710b5", "qgaState": "Running", "zwatchState": "Running", "version": "4.6.11", "platform": "Kylin", "osType": "Kylin"}}'

if ! build_output="$(swift build --product zstack-mock 2>&1)"; then
    echo "$build_output" >&2
    exit 1
fi
binary="$(swift build --show-bin-path)/zstack-mock"

log="$(mktemp)"
curl_errors="$(mktemp)"
"$binary" --port 0 >"$log" 2>&1 &
pid=$!
cleanup() {
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -f "$log" "$curl_errors"
}
trap cleanup EXIT

# --port 0 lets the system pick a free port; the server prints its URL once it listens.
url=""
for _ in $(seq 1 300); do
    url="$(grep -Eo 'http://127\.0\.0\.1:[0-9]+' "$log" | head -n 1 || true)"
    if [[ -n $url ]] && curl --silent --output /dev/null "$url/"; then
        break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "zstack-mock exited before answering:" >&2
        cat "$log" >&2
        exit 1
    fi
    url=""
    sleep 0.1
done
if [[ -z $url ]]; then
    echo "zstack-mock did not answer within 30 s:" >&2
    cat "$log" >&2
    exit 1
fi
port="${url##*:}"
echo "zstack-mock answers at $url (pid $pid)"

# The seed page's request, verbatim but for the port.
set -x
reply="$(curl -X PUT "http://127.0.0.1:$port/zstack/v1/vm-instances/321e85ca08b335e09f172041f7e710b5/guesttools-state" -H 'Authorization: OAuth x' -H 'Content-Type: application/json;charset=UTF-8' -d '{"systemTags":["<systemTags>"],"userTags":["<userTags>"]}' 2>"$curl_errors")" || {
    set +x
    echo "curl failed:" >&2
    cat "$curl_errors" >&2
    exit 1
}
set +x
echo "reply:    $reply"
echo "expected: $expected"

if python3 -c 'import json, sys; sys.exit(0 if json.loads(sys.argv[1]) == json.loads(sys.argv[2]) else 1)' \
    "$reply" "$expected"; then
    result=0
    echo "OK: the reply equals the seed page's response example (compared as JSON)"
else
    result=1
    echo "MISMATCH: the reply differs from the seed page's response example" >&2
fi

kill -TERM "$pid"
status=0
wait "$pid" || status=$?
echo "zstack-mock stopped on SIGTERM (exit status $status)"
exit "$result"
