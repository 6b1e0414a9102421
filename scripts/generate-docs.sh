#!/bin/sh
# Regenerates docs/api/ from api-specs/ with the Markdown emitter, through the staleness
# test's record mode (until `apigen generate` writes them). Usage: scripts/generate-docs.sh
# [SCRATCH_PATH]; the scratch path defaults to .build-docs.
set -eu
cd "$(dirname "$0")/.."
APIGEN_RECORD=1 swift test --scratch-path "${1:-.build-docs}" --filter MarkdownDocsStalenessTests
