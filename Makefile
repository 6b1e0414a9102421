# apigen's own tasks. `make test` is the README's test command and what CI runs (.ci/run).
SWIFT ?= swift
APIGEN ?= .build/debug/apigen
PYTHON ?= python3

.PHONY: all build test swift-test script-test example zstack-sdk zstack-parts zstack-import schemathesis mock mock-check validate generate check api-diff bench bench-vs-sog matrix mainactor-check fuzz fuzz-smoke

all: build

build:
	$(SWIFT) build

## Every test: the Swift suites, the scripts' own tests, the JSON Schema and docs rendering checks,
## and the check that the checked-in generated output is current.
test: swift-test script-test check example zstack-sdk zstack-parts schemathesis mainactor-check mock-check fuzz-smoke

swift-test:
	$(SWIFT) build --build-tests
	$(SWIFT) test

script-test:
	$(PYTHON) -m unittest discover -s scripts -p 'test_*.py'
	$(PYTHON) scripts/check-spec-schema.py api-specs Tests/FixtureAPI/specs Tests/TypeMatrix/specs Examples/ZStackSDK/api-specs
	$(PYTHON) scripts/render-docs-check.py docs/api
	$(PYTHON) scripts/check-openapi.py docs/openapi/openapi.yaml Examples/ZStackSDK/openapi/openapi.yaml \
		Tests/APIGenCoreTests/__Snapshots__/OpenAPI/fixture-openapi.yaml

## The example package that generates its client with the build tool plugin.
example:
	$(SWIFT) test --package-path Examples/ZStackPluginExample

## The whole ZStack API (Examples/ZStackSDK): validate, check the generated code is current, build it
## without warnings, start its mock, and call every endpoint against the mock.
zstack-sdk:
	bash scripts/zstack-sdk-check.sh

## The whole ZStack API's client as the README recommends for a large API (max-module-endpoints: 120):
## it compiles without warnings in a package of its own, and no part is over the maximum.
zstack-parts:
	bash scripts/zstack-parts-check.sh

## schemathesis against the generated mocks (this repository's and the whole ZStack API's), driven by
## their OpenAPI exports: no 5xx, every reply as documented, malformed requests refused.
schemathesis:
	bash scripts/schemathesis-check.sh

## Re-import Examples/ZStackSDK from a checkout of github.com/zstackio/zstack: make zstack-import ZSTACK=../zstack
zstack-import: build
	$(APIGEN) import zstack-doc $(ZSTACK) --output Examples/ZStackSDK/api-specs --schema schema/apigen-spec.schema.json
	cd Examples/ZStackSDK && ../../$(APIGEN) generate
	$(PYTHON) scripts/make-endpoint-calls.py Examples/ZStackSDK/Sources/ZStackSDK --module ZStackSDK --prefix ZStack \
		--output Examples/ZStackSDK/Tests/ZStackSDKTests/EveryEndpointCalls.swift

## Serve the generated mock of the ZStack API on http://127.0.0.1:8080.
mock:
	$(SWIFT) run zstack-mock --port 8080

## The seed page's curl request against a running zstack-mock returns the page's response example.
mock-check:
	bash scripts/mock-curl-check.sh

## Check this repository's specs and print every problem.
validate: build
	$(APIGEN) validate api-specs

## Regenerate every checked-in output named in apigen.yaml (the type x position matrix's specs and
## tests are written first).
generate:
	$(PYTHON) scripts/make-type-matrix.py
	$(SWIFT) build --product apigen
	$(APIGEN) generate

## Fail, with a diff, when checked-in generated output is stale.
check: build
	$(PYTHON) scripts/make-type-matrix.py --check
	$(APIGEN) validate Tests/TypeMatrix/specs
	$(APIGEN) generate --check

## What changed in api-specs since BASE (a git revision, default HEAD) and whom it breaks; FAIL_ON=wire or
## source makes a breaking change fail: make api-diff BASE=v1.4.0 FAIL_ON=wire
api-diff: build
	$(APIGEN) diff --base $(or $(BASE),HEAD) api-specs $(if $(FAIL_ON),--fail-on $(FAIL_ON))

## The benchmark of docs/performance.md: release build, corpora of 200, 2,000 and 10,000 endpoints.
bench:
	$(PYTHON) scripts/bench.py

## apigen side by side with swift-openapi-generator 1.14.3 (docs/performance.md): generation and the
## generated clients' compile times on the fixture API and a 500-endpoint corpus; about an hour.
bench-vs-sog:
	$(PYTHON) scripts/bench-vs-sog.py

## The generated clients, servers and mocks compiled in targets whose default isolation is the main actor
## (Xcode 26's new app targets), with an app target that uses them; any warning fails.
mainactor-check:
	bash scripts/mainactor-check.sh

## Fuzz loading and validating specs in process with libFuzzer: 10^6 runs by default (FUZZ_RUNS=N for another count).
fuzz:
	bash scripts/fuzz.sh

## A short bounded fuzz run, as CI does.
fuzz-smoke:
	FUZZ_QUIET=1 FUZZ_RUNS=$${FUZZ_SMOKE_RUNS:-30000} bash scripts/fuzz.sh
