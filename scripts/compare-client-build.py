#!/usr/bin/env python3
"""The compile time of the generated ZStack SDK before and after a change of the templates, side by side.

    python3 scripts/compare-client-build.py                      # BASE (the templates before issue 21) vs the work tree
    python3 scripts/compare-client-build.py --base HEAD~3 --skip-release

The generated SDK is checked in (Examples/ZStackSDK/Sources: the client, the server stubs and the
mock of the whole imported ZStack API), so the output of the templates at any commit is
`git archive BASE` away and no older apigen has to be built. Each side gets a package of its own
under --work (default /tmp/apigen-compare) with the three targets and their dependencies
(swift-openapi-runtime, swift-http-types), built first and not measured. Then, step by step and
each step on both sides before the next (so that a slow spell of the machine hits both alike):

- the client in debug from clean (`swift build --target ZStackSDK`);
- the server stubs in debug, the client built (`--target ZStackSDKServer`);
- the mock in debug, the client and server built (`--target ZStackSDKMock`);
- the client in debug after one endpoint changed: the edit a title change in its spec makes to the
  endpoint's file (" (changed)" after the title in its doc comments);
- the client in release from clean (`-c release --target ZStackSDK`), unless --skip-release.

Each figure is the build's wall time, CPU time (user + system) and the peak resident memory of its
largest process, measured as bench-vs-sog.py measures them. The report is Markdown, for
docs/performance.md. Standard library only.
"""
import argparse
import importlib.util
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_spec = importlib.util.spec_from_file_location("bench_vs_sog", os.path.join(ROOT, "scripts", "bench-vs-sog.py"))
bench_vs_sog = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_vs_sog)

# The last commit whose templates are the ones measured in docs/performance.md before the work on
# compile time (issue 21) changed them.
BASE = "172140f"
SDK = "Examples/ZStackSDK/Sources"
TARGETS = ["ZStackSDK", "ZStackSDKServer", "ZStackSDKMock"]
# Endpoint whose title changes: the first of the client's Endpoints/ folder, by name.
TITLE_LINE = re.compile(r"^(/// )(\S.*)$", re.MULTILINE)


def package_swift():
    """Package.swift of one side: the SDK's three library targets on the dependencies bench-vs-sog.py uses."""
    runtime = '.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")'
    http_types = '.product(name: "HTTPTypes", package: "swift-http-types")'
    return f"""// swift-tools-version: 6.1
import PackageDescription

let settings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "CompareSDK",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "{bench_vs_sog.RUNTIME_VERSION}"),
        .package(url: "https://github.com/apple/swift-http-types", from: "{bench_vs_sog.HTTP_TYPES_VERSION}"),
    ],
    targets: [
        .target(name: "ZStackSDK", dependencies: [{runtime}, {http_types}], swiftSettings: settings),
        .target(name: "ZStackSDKServer", dependencies: ["ZStackSDK", {runtime}, {http_types}], swiftSettings: settings),
        .target(name: "ZStackSDKMock", dependencies: ["ZStackSDK", "ZStackSDKServer"], swiftSettings: settings),
    ],
    swiftLanguageModes: [.v6]
)
"""


def sources_at(revision, destination):
    """Copies the SDK's generated sources at `revision` (None: the work tree) into `destination`/Sources."""
    target = os.path.join(destination, "Sources")
    shutil.rmtree(target, ignore_errors=True)
    os.makedirs(target)
    if revision is None:
        for name in TARGETS:
            shutil.copytree(os.path.join(ROOT, SDK, name), os.path.join(target, name))
        return
    archive = subprocess.run(["git", "archive", revision, "--", *(f"{SDK}/{name}" for name in TARGETS)],
                             cwd=ROOT, capture_output=True, check=True).stdout
    prefix = SDK + "/"
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        for member in tar.getmembers():
            if member.isfile() and member.name.startswith(prefix):
                path = os.path.join(target, member.name[len(prefix):])
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as handle:
                    handle.write(tar.extractfile(member).read())


def change_title(package):
    """Appends " (changed)" to the title of the first endpoint, wherever its file repeats it; returns the file."""
    folder = os.path.join(package, "Sources", "ZStackSDK", "Endpoints")
    name = sorted(entry for entry in os.listdir(folder) if entry.endswith(".swift"))[0]
    path = os.path.join(folder, name)
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    title = TITLE_LINE.search(text)[2]
    text = re.sub(r"^(\s*/// )" + re.escape(title) + "$", lambda m: m[1] + title + " (changed)", text, flags=re.MULTILINE)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return name


def count_sources(package):
    files = lines = 0
    for directory, _, names in os.walk(os.path.join(package, "Sources", "ZStackSDK")):
        for name in names:
            if name.endswith(".swift"):
                files += 1
                with open(os.path.join(directory, name), encoding="utf-8") as handle:
                    lines += sum(1 for _ in handle)
    return files, lines


def figure(result):
    return f"{result.seconds:.1f} s, {result.cpu_seconds:.0f} s CPU, {result.rss_mb / 1024:.2f} GB"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default=BASE, help=f"the commit to compare with (default {BASE})")
    parser.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "apigen-compare"))
    parser.add_argument("--skip-release", action="store_true", help="leave out the release build")
    args = parser.parse_args(argv)
    base = subprocess.run(["git", "rev-parse", "--short", args.base], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout.strip()
    sides = {"before": os.path.join(args.work, "before"), "after": os.path.join(args.work, "after")}
    for side, package in sides.items():
        os.makedirs(package, exist_ok=True)
        bench_vs_sog.write(os.path.join(package, "Package.swift"), package_swift())
        shutil.rmtree(os.path.join(package, ".build"), ignore_errors=True)
        sources_at(base if side == "before" else None, package)
    steps = [
        ("client, debug, from clean", ["swift", "build", "--target", "ZStackSDK"], None),
        ("server stubs, debug (client built)", ["swift", "build", "--target", "ZStackSDKServer"], None),
        ("mock, debug (client and server built)", ["swift", "build", "--target", "ZStackSDKMock"], None),
        ("client, debug, after one endpoint changed", ["swift", "build", "--target", "ZStackSDK"], change_title),
    ]
    if not args.skip_release:
        steps.append(("client, release, from clean", ["swift", "build", "-c", "release", "--target", "ZStackSDK"], None))
    for package in sides.values():
        for configuration in (["debug"] + ([] if args.skip_release else ["release"])):
            for dependency in ("OpenAPIRuntime", "HTTPTypes"):
                bench_vs_sog.log(f"{os.path.basename(package)}: building {dependency} ({configuration})")
                bench_vs_sog.measure(["swift", "build", "-c", configuration, "--target", dependency], cwd=package)
    rows = []
    changed = None
    for label, command, prepare in steps:
        results = {}
        for side, package in sides.items():
            if prepare:
                changed = prepare(package)
            bench_vs_sog.log(f"{side}: {label}")
            results[side] = bench_vs_sog.measure(command, cwd=package, log=os.path.join(args.work, f"{side}.log"))
            bench_vs_sog.log(f"{side}: {label}: {figure(results[side])}")
        rows.append((label, results["before"], results["after"]))

    before_files, before_lines = count_sources(sides["before"])
    after_files, after_lines = count_sources(sides["after"])
    print(f"The ZStack SDK generated by the templates at `{base}` (before) and in the work tree (after); client: "
          f"{before_files:,} files and {before_lines:,} lines before, {after_files:,} files and {after_lines:,} lines "
          f"after. The changed endpoint is `{changed}` (its title). Wall time, CPU time, peak memory; 2 cores.")
    print()
    print("| build | before | after | wall time after / before |")
    print("| --- | ---: | ---: | ---: |")
    for label, before, after in rows:
        print(f"| {label} | {figure(before)} | {figure(after)} | {after.seconds / before.seconds:.2f} |")


if __name__ == "__main__":
    main()
