#!/usr/bin/env python3
"""How fast the generated records are at run time, before and after a change of the templates, side by side.

    python3 scripts/bench-record-runtime.py --base HEAD~1        # the SDK at HEAD~1 against the work tree

compare-client-build.py measures what the generated code costs the compiler; this measures what it costs the
program. Each side is a package of its own under --work (default /tmp/apigen-record-runtime): a library of the
checked-in ZStack client's runtime and named types (`Client/`, `Support/`, `Types/` of
Examples/ZStackSDK/Sources/ZStackSDK, at --base or in the work tree) and an executable that, built in release,
decodes --count `VmInstanceInventory` values (each with two `VmNicInventory` values) from JSON, encodes them,
compares them with a second decoded copy (`==` on the array, 10 times) and puts them in a `Set` (10 times), each
--rounds times, and prints the fastest time of each. The report is Markdown, for docs/performance.md.
Standard library only.
"""
import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_spec = importlib.util.spec_from_file_location("compare_client_build",
                                               os.path.join(ROOT, "scripts", "compare-client-build.py"))
compare = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(compare)
bench_vs_sog = compare.bench_vs_sog

# The client's folders that the records need: the runtime and the named types (not the endpoints).
FOLDERS = ["Client", "Support", "Types"]
MEASURES = ["decode", "encode", "==", "Set"]

# The targets of a side's package; the rest of it (dependencies, settings, language mode) is compare-client-build.py's.
TARGETS = """    targets: [
        .target(
            name: "Records",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: settings
        ),
        .executableTarget(name: "record-runtime", dependencies: ["Records"], swiftSettings: settings),
"""

MAIN = """import Foundation
import Records

let data = try Data(contentsOf: URL(fileURLWithPath: CommandLine.arguments[1]))
let rounds = Int(CommandLine.arguments[2]) ?? 9
let clock = ContinuousClock()

func fastest(_ label: String, _ body: () throws -> Void) rethrows {
    var best = Duration.seconds(1_000)
    for _ in 0..<rounds {
        best = min(best, try clock.measure(body))
    }
    let (seconds, attoseconds) = best.components
    print(label, Double(seconds) + Double(attoseconds) / 1e18)
}

let decoder = JSONDecoder()
let items = try decoder.decode([VmInstanceInventory].self, from: data)
let copies = try decoder.decode([VmInstanceInventory].self, from: data)
try fastest("decode") { _ = try decoder.decode([VmInstanceInventory].self, from: data) }
let encoder = JSONEncoder()
try fastest("encode") { _ = try encoder.encode(items) }
fastest("==") { for _ in 0..<10 { precondition(items == copies) } }
fastest("Set") { for _ in 0..<10 { precondition(Set(items).count == items.count) } }
"""


def inventories(count):
    """`count` VM inventories as the API returns them, each with two NICs, all different."""
    def nic(vm, index):
        return {"uuid": f"nic-{vm}-{index}", "vmInstanceUuid": f"vm-{vm}", "l3NetworkUuid": "l3-1",
                "ip": f"10.{vm // 250 % 250}.{vm % 250}.{index}",
                "mac": f"fa:16:{vm // 256 % 256:02x}:{vm % 256:02x}:00:{index:02x}",
                "netmask": "255.255.255.0", "gateway": "10.0.0.1", "deviceId": index, "type": "VNIC"}
    return [{"uuid": f"vm-{vm}", "name": f"vm {vm}", "description": "a virtual machine", "zoneUuid": "zone-1",
             "clusterUuid": "cluster-1", "imageUuid": "image-1", "hostUuid": f"host-{vm % 7}", "lastHostUuid": "host-0",
             "instanceOfferingUuid": "offering-1", "rootVolumeUuid": f"volume-{vm}", "platform": "Linux",
             "architecture": "x86_64", "defaultL3NetworkUuid": "l3-1", "type": "UserVm", "hypervisorType": "KVM",
             "memorySize": 2_147_483_648, "cpuNum": 2, "cpuSpeed": 0,
             "allocatorStrategy": "LastHostPreferredAllocatorStrategy", "state": "Running",
             "vmNics": [nic(vm, 1), nic(vm, 2)], "guestOsType": "Linux"} for vm in range(count)]


def package_swift():
    """compare-client-build.py's Package.swift with the records library and the executable as its targets."""
    text = compare.package_swift()
    start, end = text.index("    targets: [\n"), text.index("    ],\n    swiftLanguageModes")
    return text[:start] + TARGETS + text[end:]


def prepare(package, revision):
    """The side's package: the client's runtime and types at `revision` (None: the work tree), and the executable."""
    compare.sources_at(revision, package)
    sources = os.path.join(package, "Sources")
    library = os.path.join(sources, "Records")
    shutil.rmtree(library, ignore_errors=True)
    os.makedirs(library)
    for folder in FOLDERS:
        shutil.move(os.path.join(sources, "ZStackSDK", folder), os.path.join(library, folder))
    for name in compare.TARGETS:
        shutil.rmtree(os.path.join(sources, name))
    os.makedirs(os.path.join(sources, "record-runtime"))
    bench_vs_sog.write(os.path.join(package, "Package.swift"), package_swift())
    bench_vs_sog.write(os.path.join(sources, "record-runtime", "main.swift"), MAIN)


def parse(output):
    """{measure: seconds} from the executable's lines (`decode 0.046`)."""
    times = {}
    for line in output.splitlines():
        label, _, seconds = line.rpartition(" ")
        if label in MEASURES:
            times[label] = float(seconds)
    return times


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default="HEAD", help="the commit to compare with (default HEAD)")
    parser.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "apigen-record-runtime"))
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args(argv)
    base = subprocess.run(["git", "rev-parse", "--short", args.base], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout.strip()
    os.makedirs(args.work, exist_ok=True)
    data = os.path.join(args.work, "inventories.json")
    with open(data, "w", encoding="utf-8") as handle:
        json.dump(inventories(args.count), handle)
    sides = {"before": os.path.join(args.work, "before"), "after": os.path.join(args.work, "after")}
    for side, package in sides.items():
        os.makedirs(package, exist_ok=True)
        prepare(package, base if side == "before" else None)
        bench_vs_sog.log(f"{side}: building in release")
        bench_vs_sog.measure(["swift", "build", "-c", "release", "--product", "record-runtime"], cwd=package)
    times = {}
    for side, package in sides.items():
        executable = os.path.join(package, ".build", "release", "record-runtime")
        result = subprocess.run([executable, data, str(args.rounds)], capture_output=True, text=True, check=True)
        times[side] = parse(result.stdout)
    print(f"The records of the ZStack SDK at `{base}` (before) and in the work tree (after), release build, "
          f"{args.count:,} `VmInstanceInventory` values with two NICs each; fastest of {args.rounds} rounds:")
    print()
    print("| operation | before | after | after / before |")
    print("| --- | ---: | ---: | ---: |")
    labels = {"decode": "decode from JSON", "encode": "encode to JSON", "==": "`==` of the array with a copy, 10 times",
              "Set": "`Set` of the array, 10 times"}
    for measure in MEASURES:
        before, after = times["before"][measure], times["after"][measure]
        print(f"| {labels[measure]} | {before * 1000:.1f} ms | {after * 1000:.1f} ms | {after / before:.3f} |")


if __name__ == "__main__":
    main()
