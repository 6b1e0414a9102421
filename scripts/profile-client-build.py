#!/usr/bin/env python3
"""Where the compile time of a generated Swift client goes: phases, files and declarations.

    python3 scripts/profile-client-build.py                            # the whole ZStack API's client
    python3 scripts/profile-client-build.py --specs Tests/FixtureAPI/specs
    python3 scripts/profile-client-build.py --corpus 500               # a synthetic corpus (make-corpus.py --seed 1)

It generates the client with a release build of apigen into a package of its own under --work
(default /tmp/apigen-profile), builds its dependencies (swift-openapi-runtime, swift-http-types)
first, then builds the client once in debug from clean with the frontend's own instruments:

- `-stats-output-dir`: one JSON file of counters per frontend job; the wall time of each phase
  (parsing, type checking, SILGen, SIL optimisation, IRGen, LLVM) is summed over the jobs;
- `-debug-time-function-bodies`: the time type checking spent in each function body, implicit
  ones (synthesized `Codable` conformances, memberwise initialisers) included, summed by the kind
  of declaration and by the generated file's folder (Endpoints, Types, Client, Support), with the
  slowest bodies listed;
- `-warn-long-expression-type-checking=N` (default 50 ms): expressions slower than that to type
  check, which the compiler names;
- with `--ir`: the whole module compiled once more to LLVM IR (`-emit-ir -wmo`), and every function
  it defines sorted, by its demangled name, into what it is for: property accessors, value
  witnesses, type metadata accessors, `Hashable`, `Codable`, `CodingKeys`, async partial
  functions, ...

The build's wall and CPU time and peak memory are measured as bench-vs-sog.py measures them. The
report is Markdown, for docs/performance.md. Standard library only.
"""
import argparse
import collections
import glob
import json
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402
import importlib.util  # noqa: E402

_spec = importlib.util.spec_from_file_location("bench_vs_sog", os.path.join(os.path.dirname(__file__), "bench-vs-sog.py"))
bench_vs_sog = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_vs_sog)

ROOT = bench.ROOT
# `12.34ms\t/path/File.swift:10:5\tinstance method foo(_:)` (one line per body).
BODY_LINE = re.compile(r"^\s*(?P<ms>[0-9.]+)ms\t(?P<file>[^:\t]+\.swift):(?P<line>\d+):\d+\t(?P<what>.*)$")
LONG_EXPRESSION = re.compile(r"^(?P<file>[^:]+\.swift):(?P<line>\d+):\d+: warning: expression took (?P<ms>\d+)ms to type-check")


def kind_of(what):
    """The kind of declaration a timing line names (`getter`, `instance method`, ...), with `Codable`'s
    `init(from:)` and `encode(to:)` apart."""
    if "init(from:)" in what:
        return "init(from:) (decoding)"
    if "encode(to:)" in what:
        return "encode(to:) (encoding)"
    # `getter BenchClient.(file).Type.name.getter@...`: the words before the qualified name.
    return what.split(" BenchClient.", 1)[0] if " BenchClient." in what else "other"


# What a function of the IR is for, from its demangled name: the first rule that matches names it.
FUNCTION_KINDS = [
    ("async partial functions (suspend and resume)", lambda n: "partial function for" in n),
    ("value witnesses (copy, destroy, assign, ...)", lambda n: "value witness" in n),
    ("outlined copies, destroys, retains and releases", lambda n: n.startswith("outlined ")),
    ("type metadata and witness table accessors",
     lambda n: any(part in n for part in ("type metadata", "metadata accessor", "metadata completion",
                                          "metadata instantiation", "witness table accessor"))),
    ("CodingKeys enums (all their members)", lambda n: "CodingKeys" in n),
    ("Codable: init(from:) and encode(to:), with their witnesses",
     lambda n: "init(from: Swift.Decoder)" in n or "encode(to: Swift.Encoder)" in n),
    ("Hashable and Equatable: ==, hash(into:), hashValue",
     lambda n: ("hash(into:" in n or "hashValue" in n or "__derived_" in n or ".== infix" in n
                or ".fieldsAreEqual(" in n)),
    ("property modify accessors", lambda n: ".modify :" in n),
    ("property setters", lambda n: ".setter :" in n),
    ("property getters", lambda n: ".getter :" in n),
    ("stored properties' initial values", lambda n: n.startswith("variable initialization expression")),
    ("other protocol witnesses", lambda n: n.startswith("protocol witness for")),
    ("closures", lambda n: "closure #" in n),
    ("initializers", lambda n: ".init(" in n),
]


def function_kind(demangled):
    """What the IR function with this demangled name is for (`FUNCTION_KINDS`), or `other`."""
    name = re.sub(r"^\(\d+\) ", "", demangled)
    return next((kind for kind, matches in FUNCTION_KINDS if matches(name)), "other: methods and the rest")


def ir_functions(package, sources, work):
    """The functions that the client's LLVM IR defines (one -wmo -emit-ir build): (demangled name, instructions)."""
    files = sorted(os.path.join(directory, name) for directory, _, names in os.walk(sources)
                   for name in names if name.endswith(".swift"))
    ir = os.path.join(work, "client.ll")
    bench_vs_sog.measure(["swiftc", "-emit-ir", "-Onone", "-wmo", "-swift-version", "6", "-parse-as-library",
                          "-module-name", "BenchClient", "-I", os.path.join(package, ".build", "debug", "Modules"),
                          "-o", ir] + files, log=os.path.join(work, "ir.log"))
    with open(ir, encoding="utf-8", errors="replace") as handle:
        defined = ir_function_sizes(handle)
    os.remove(ir)
    demangled = subprocess.run(["swift", "demangle", "--compact"], input="\n".join(name for name, _ in defined),
                               capture_output=True, text=True, check=True).stdout.splitlines()
    return [(name, size) for name, (_, size) in zip(demangled, defined)]


def ir_function_sizes(lines):
    """The functions that LLVM IR text defines, in order: (mangled name, instructions). An instruction is an
    indented line of a function's body that is not a comment; labels and globals are not indented."""
    functions = []
    for line in lines:
        if line.startswith("define "):
            match = re.search(r'@"?([^"( ]+)"?\(', line)
            if match:
                functions.append([match[1], 0])
        elif functions and line.startswith("  ") and not line.lstrip().startswith(";"):
            functions[-1][1] += 1
    return [(name, size) for name, size in functions]


def folder_of(path, sources):
    relative = os.path.relpath(path, sources)
    return relative.split(os.sep)[0] if os.sep in relative else "(top)"


# The frontend's top-level phases, in the order a job runs them; the rest of a job's time is LLVM's
# code generation and writing the object file.
PHASES = ["Import resolution", "Type checking and Semantic analysis", "SILGen", "SIL optimization", "IRGen"]


def phase_totals(stats_dir):
    """Wall seconds of each top-level phase and of whole jobs, summed over the client's frontend jobs, the
    module-emitting job's own wall time, and how much code the jobs made (LLVM functions, instructions and
    object bytes)."""
    phases = collections.Counter()
    jobs = 0.0
    emit_module = 0.0
    code = collections.Counter()
    for path in glob.glob(os.path.join(stats_dir, "*BenchClient*.json")):
        with open(path, encoding="utf-8") as handle:
            try:
                counters = json.load(handle)
            except json.JSONDecodeError:
                continue
        for key, value in counters.items():
            if key.startswith("time.swift-frontend.") and key.endswith(".wall"):
                jobs += value
                if key.endswith("-swiftmodule-Onone.wall"):
                    emit_module += value
            elif key.startswith("time.swift.") and key.endswith(".wall") and key[11:-5] in PHASES:
                phases[key[11:-5]] += value
            elif key in ("IRModule.NumIRFunctions", "IRModule.NumIRInsts", "LLVM.NumLLVMBytesOutput"):
                code[key] += value
    return phases, jobs, emit_module, code


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--specs", default=os.path.join(ROOT, "Examples", "ZStackSDK", "api-specs"))
    parser.add_argument("--corpus", type=int, default=None, help="profile a synthetic corpus of N endpoints instead")
    parser.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "apigen-profile"))
    parser.add_argument("--apigen", default=None, help="use this apigen binary instead of building one")
    parser.add_argument("--long-expression-ms", type=int, default=50)
    parser.add_argument("--top", type=int, default=15, help="how many of the slowest bodies to list")
    parser.add_argument("--report-only", action="store_true", help="report on the build already in --work")
    parser.add_argument("--ir", action="store_true", help="also sort the functions of the module's LLVM IR by kind")
    args = parser.parse_args(argv)
    package = os.path.join(args.work, "package")
    sources = os.path.join(package, "gen", "swift-client")
    stats = os.path.join(args.work, "stats")
    log = os.path.join(args.work, "build.log")
    if args.report_only:
        with open(os.path.join(args.work, "build.json"), encoding="utf-8") as handle:
            result = bench_vs_sog.Result(**json.load(handle))
        report(args, sources, stats, log, result)
        if args.ir:
            report_functions(ir_functions(package, sources, args.work))
        return

    apigen = os.path.abspath(args.apigen) if args.apigen else bench.build()
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    specs = args.specs
    if args.corpus:
        specs = os.path.join(args.work, "specs")
        bench.make_corpus(args.corpus, 1, specs)
    bench_vs_sog.client_package(package, "BenchClient", "gen/swift-client")
    bench_vs_sog.measure([apigen, "generate", "--specs", specs, "--output", os.path.join(package, "gen"),
                          "--emitter", "swift-client", "--module", "BenchClient", "--no-cache"])
    flags = ["-stats-output-dir", stats, "-Xfrontend", "-debug-time-function-bodies",
             "-Xfrontend", f"-warn-long-expression-type-checking={args.long_expression_ms}"]
    swift_flags = [part for flag in flags for part in ("-Xswiftc", flag)]
    # The dependencies are built with the same flags, or the client's build would build them again; then
    # only the client's own jobs are left to measure.
    for target in ("OpenAPIRuntime", "HTTPTypes"):
        bench_vs_sog.measure(["swift", "build", "--target", target] + swift_flags, cwd=package,
                             log=os.path.join(args.work, "dependencies.log"))
    shutil.rmtree(stats, ignore_errors=True)
    os.makedirs(stats)
    result = bench_vs_sog.measure(["swift", "build", "--target", "BenchClient"] + swift_flags, cwd=package, log=log)
    with open(os.path.join(args.work, "build.json"), "w", encoding="utf-8") as handle:
        json.dump({"seconds": result.seconds, "cpu_seconds": result.cpu_seconds, "rss_mb": result.rss_mb}, handle)
    report(args, sources, stats, log, result)
    if args.ir:
        report_functions(ir_functions(package, sources, args.work))


def report_functions(functions):
    """The IR's functions, and their instructions, counted by what they are for (LLVM's time at -Onone follows
    the instructions more than the functions)."""
    kinds, sizes = collections.Counter(), collections.Counter()
    for name, instructions in functions:
        kind = function_kind(name)
        kinds[kind] += 1
        sizes[kind] += instructions
    total = sum(sizes.values()) or 1
    print()
    print(f"Functions the module's LLVM IR defines (-emit-ir -wmo): {len(functions):,}, "
          f"with {total:,} instructions")
    print()
    print("| what for | functions | share | instructions | share |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for kind, count in kinds.most_common():
        print(f"| {kind} | {count:,} | {100 * count / (len(functions) or 1):.1f} % | {sizes[kind]:,} | "
              f"{100 * sizes[kind] / total:.1f} % |")


def report(args, sources, stats, log, result):
    """The Markdown report of the build whose logs and statistics are in --work."""
    bodies = []
    long_expressions = []
    with open(log, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if (match := BODY_LINE.match(line)) and match["file"].startswith(sources):
                bodies.append((float(match["ms"]), match["file"], int(match["line"]), match["what"].strip()))
            elif (match := LONG_EXPRESSION.match(line)) and match["file"].startswith(sources):
                long_expressions.append((int(match["ms"]), match["file"], int(match["line"])))
    # A file compiled in several batches may time a body more than once; keep each body once.
    bodies = list({(b[1], b[2], b[3]): b for b in bodies}.values())
    files, lines = bench_vs_sog.count_lines(sources)

    print(f"Client of {os.path.relpath(args.specs, ROOT) if not args.corpus else f'a corpus of {args.corpus:,} endpoints'}: {files:,} files, "
          f"{lines:,} lines; debug build from clean (dependencies built): {result.seconds:.1f} s wall, "
          f"{result.cpu_seconds:.1f} s CPU, peak {result.rss_mb / 1024:.2f} GB (with the instruments on)")
    print()
    phases, jobs, emit_module, code = phase_totals(stats)
    print(f"Frontend jobs: {jobs:.1f} s of wall time summed (on two cores), of which the job that emits the "
          f"module (serial, and run again on every incremental build) {emit_module:.1f} s.")
    print()
    print("| frontend phase, summed over the jobs | wall | share of the jobs |")
    print("| --- | ---: | ---: |")
    for name in PHASES:
        print(f"| {name} | {phases[name]:.1f} s | {100 * phases[name] / (jobs or 1):.0f} % |")
    rest = jobs - sum(phases.values())
    print(f"| the rest (LLVM code generation, writing objects and the module) | {rest:.1f} s | {100 * rest / (jobs or 1):.0f} % |")
    print()
    print(f"Code made: {int(code['IRModule.NumIRFunctions']):,} LLVM functions, {int(code['IRModule.NumIRInsts']):,} "
          f"instructions, {code['LLVM.NumLLVMBytesOutput'] / 1e6:.0f} MB of object code.")
    print()
    by_kind = collections.Counter()
    by_folder = collections.Counter()
    for ms, path, _, what in bodies:
        by_kind[kind_of(what)] += ms
        by_folder[folder_of(path, sources)] += ms
    body_total = sum(ms for ms, *_ in bodies) / 1000
    print(f"Type checking of function bodies: {body_total:.1f} s over {len(bodies):,} bodies.")
    print()
    print("| kind of body | time | | folder | time |")
    print("| --- | ---: | --- | --- | ---: |")
    kinds = by_kind.most_common(8)
    folders = by_folder.most_common(8)
    for index in range(max(len(kinds), len(folders))):
        kind = f"{kinds[index][0]} | {kinds[index][1] / 1000:.1f} s" if index < len(kinds) else " | "
        folder = f"{folders[index][0]} | {folders[index][1] / 1000:.1f} s" if index < len(folders) else " | "
        print(f"| {kind} | | {folder} |")
    print()
    print(f"The {args.top} slowest bodies:")
    print()
    for ms, path, line, what in sorted(bodies, reverse=True)[:args.top]:
        print(f"- {ms:.1f} ms `{os.path.relpath(path, sources)}:{line}` {what.split('@', 1)[0]}")
    print()
    print(f"Expressions over {args.long_expression_ms} ms to type-check: {len(long_expressions)}")
    for ms, path, line in sorted(long_expressions, reverse=True)[:args.top]:
        print(f"- {ms} ms `{os.path.relpath(path, sources)}:{line}`")


if __name__ == "__main__":
    main()
