#!/usr/bin/env python3
"""apigen side by side with swift-openapi-generator (SOG) 1.14.3, on the same APIs.

    python3 scripts/bench-vs-sog.py                        # the fixture API and a 500-endpoint corpus
    python3 scripts/bench-vs-sog.py --apis fixture,500,1000 --release-cap 20
    python3 scripts/bench-vs-sog.py --apis fixture --no-release --runs 1

For each API, apigen generates from the specs and SOG from the OpenAPI document that apigen
exports from those same specs (`--emitter openapi`), so both describe one API:

- generation: apigen's `swift-client` emitter against SOG's `--mode types --mode client`, and
  apigen's `swift-server` against SOG's `--mode types --mode server`; release builds of both
  generators, each command run --runs times (median): wall time, CPU time (user + system) and
  peak resident memory (os.wait4);
- compilation of both generated clients, each in a package of its own with the same
  dependencies (swift-openapi-runtime 1.13.4, swift-http-types 1.8.0, built first so that the
  figures are of the generated code alone), in debug and in release: from clean, then after one
  endpoint's title changed in its spec (apigen regenerates from the changed specs; SOG from the
  document exported from them). A release build that runs past --release-cap minutes is stopped
  and reported as over the cap; so is a debug build past --debug-cap.

APIs: `fixture` (Tests/FixtureAPI/specs), `zstack` (Examples/ZStackSDK/api-specs, the whole
ZStack API as imported) or a number N, a synthetic corpus of N endpoints from
scripts/make-corpus.py --seed 1. The ratio columns are SOG's figure divided by apigen's: above 1,
apigen is faster or smaller.

Everything goes under --work (default /tmp/apigen-vs-sog): SOG's tool package (built once, kept),
the corpora, the exports and the two client packages per API. apigen is built in release into
.build-bench as scripts/bench.py does. Run it with nothing else building: the machine has two
cores, and every figure is of one process tree at a time. Standard library only.
"""
import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (scripts/bench.py: the release build of apigen, corpora, the machine line)

ROOT = bench.ROOT
SOG_VERSION = "1.14.3"
RUNTIME_VERSION = "1.13.4"
HTTP_TYPES_VERSION = "1.8.0"


class Result:
    """One command: wall and CPU seconds, peak RSS in MB, and whether it was stopped at its cap."""

    def __init__(self, seconds, cpu_seconds, rss_mb, capped=False):
        self.seconds = seconds
        self.cpu_seconds = cpu_seconds
        self.rss_mb = rss_mb
        self.capped = capped

    def as_json(self):
        return {"seconds": round(self.seconds, 3), "cpuSeconds": round(self.cpu_seconds, 3),
                "peakMB": round(self.rss_mb), "capped": self.capped}


def measure(command, cwd=None, cap_seconds=None, log=None):
    """Runs `command` in a process group of its own, its output into `log` (a scratch file by
    default), and returns its Result. Past `cap_seconds` the whole group is killed and the Result is
    marked capped. A command that fails otherwise stops the bench with the end of its output."""
    scratch = log is None
    if scratch:
        handle, log = tempfile.mkstemp(prefix="bench-vs-sog-", suffix=".log")
        os.close(handle)
    start = time.perf_counter()
    with open(log, "wb") as output:
        process = subprocess.Popen(command, cwd=cwd, stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
        capped = False
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if cap_seconds is not None and time.perf_counter() - start > cap_seconds:
                os.killpg(process.pid, signal.SIGKILL)
                capped = True
                _, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.02)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    process.returncode = code  # waited for with os.wait4, which Popen does not see
    if not capped and code != 0:
        with open(log, encoding="utf-8", errors="replace") as handle:
            detail = handle.read()[-4000:]
        sys.exit(f"bench-vs-sog: {' '.join(command)} failed ({code}):\n{detail}")
    if scratch:
        os.remove(log)
    rss = usage.ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else usage.ru_maxrss / 1024
    return Result(seconds, usage.ru_utime + usage.ru_stime, rss, capped)


def median_result(results):
    return Result(statistics.median(r.seconds for r in results), statistics.median(r.cpu_seconds for r in results),
                  statistics.median(r.rss_mb for r in results))


def log(message):
    print(f"bench-vs-sog: {message}", file=sys.stderr, flush=True)


def build_sog(work):
    """Builds swift-openapi-generator in release in its own package under `work`; returns the binary."""
    package = os.path.join(work, "sog-tool")
    os.makedirs(package, exist_ok=True)
    write(os.path.join(package, "Package.swift"), f"""// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "SOGTool",
    dependencies: [.package(url: "https://github.com/apple/swift-openapi-generator", exact: "{SOG_VERSION}")]
)
""")
    command = ["swift", "build", "-c", "release", "--product", "swift-openapi-generator"]
    log(f"building swift-openapi-generator {SOG_VERSION} in release (in {package})")
    if subprocess.run(command, cwd=package, stdout=sys.stderr).returncode != 0:
        sys.exit("bench-vs-sog: swift-openapi-generator's release build failed")
    path = subprocess.run(command[:-2] + ["--show-bin-path"], cwd=package, capture_output=True, text=True, check=True)
    return os.path.join(path.stdout.strip(), "swift-openapi-generator")


def write(path, text):
    """Writes `text` unless the file already holds it (so that SwiftPM sees no change)."""
    if os.path.exists(path):
        with open(path, encoding="utf-8") as handle:
            if handle.read() == text:
                return
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def client_package(folder, name, sources):
    """A package whose one target, `name`, compiles the Swift files in `sources` (relative)."""
    os.makedirs(folder, exist_ok=True)
    write(os.path.join(folder, "Package.swift"), f"""// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "{name}",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "{RUNTIME_VERSION}"),
        .package(url: "https://github.com/apple/swift-http-types", from: "{HTTP_TYPES_VERSION}"),
    ],
    targets: [
        .target(
            name: "{name}",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "{sources}"
        )
    ],
    swiftLanguageModes: [.v6]
)
""")


class API:
    """One API of the comparison: its specs (copied, so one title can change), its export, and the
    two client packages."""

    def __init__(self, name, work, seed):
        self.name = name
        self.folder = os.path.join(work, f"api-{name}")
        self.specs = os.path.join(self.folder, "specs")
        shutil.rmtree(self.folder, ignore_errors=True)
        os.makedirs(self.folder)
        if name == "fixture":
            shutil.copytree(os.path.join(ROOT, "Tests", "FixtureAPI", "specs"), self.specs)
            self.label = "fixture API"
        elif name == "zstack":
            shutil.copytree(os.path.join(ROOT, "Examples", "ZStackSDK", "api-specs"), self.specs)
            self.label = "ZStack API (imported)"
        elif name.isdigit():
            corpus = os.path.join(work, f"corpus-{name}")
            bench.make_corpus(int(name), seed, corpus)
            shutil.copytree(corpus, self.specs, ignore=shutil.ignore_patterns(".bench-corpus"))
            self.label = f"corpus of {int(name):,}"
        else:
            sys.exit(f"bench-vs-sog: unknown API {name!r} (fixture, zstack or a number of endpoints)")
        self.export = os.path.join(self.folder, "export")
        self.apigen_package = os.path.join(self.folder, "apigen-client")
        self.sog_package = os.path.join(self.folder, "sog-client")
        self.changed_spec = None

    def endpoint_count(self):
        count = 0
        for directory, _, names in os.walk(self.specs):
            for name in names:
                if name.endswith(".yaml"):
                    with open(os.path.join(directory, name), encoding="utf-8") as handle:
                        count += len(re.findall(r"^endpoint:", handle.read(), re.MULTILINE))
        return count

    def document(self):
        return os.path.join(self.export, "openapi", "openapi.yaml")

    def operation_count(self):
        with open(self.document(), encoding="utf-8") as handle:
            return len(re.findall(r"^\s+operationId:", handle.read(), re.MULTILINE))

    def change_one_endpoint(self):
        """Appends " (changed)" to the title of one endpoint: the first create-*.yaml of a corpus
        (as scripts/bench-client-build.sh), else the first endpoint spec in file order."""
        candidates = []
        for directory, _, names in os.walk(self.specs):
            for name in names:
                path = os.path.join(directory, name)
                if name.endswith(".yaml"):
                    with open(path, encoding="utf-8") as handle:
                        text = handle.read()
                    if re.search(r"^endpoint:", text, re.MULTILINE) and re.search(r"^  title: ", text, re.MULTILINE):
                        candidates.append((not name.startswith("create-"), os.path.relpath(path, self.specs), text))
        _, relative, text = sorted(candidates)[0]
        changed = re.sub(r"^(  title: )(.*)$", lambda m: m.group(1) + change_title(m.group(2)), text, count=1,
                         flags=re.MULTILINE)
        with open(os.path.join(self.specs, relative), "w", encoding="utf-8") as handle:
            handle.write(changed)
        self.changed_spec = relative


def change_title(title):
    """The title with " (changed)" appended inside its quotes, if it has any."""
    if len(title) >= 2 and title[0] == title[-1] and title[0] in "\"'":
        return title[:-1] + " (changed)" + title[-1]
    return title + " (changed)"


def count_lines(folder):
    files = lines = 0
    for directory, _, names in os.walk(folder):
        for name in names:
            if name.endswith(".swift"):
                files += 1
                with open(os.path.join(directory, name), "rb") as handle:
                    lines += handle.read().count(b"\n")
    return files, lines


class Comparison:
    """Runs every measurement of one API."""

    def __init__(self, api, apigen, sog, runs, caps, configurations):
        self.api = api
        self.apigen = apigen
        self.sog = sog
        self.runs = runs
        self.caps = caps
        self.configurations = configurations
        self.figures = {"api": api.name, "label": api.label}

    def apigen_generate(self, emitter, output, extra=()):
        return [self.apigen, "generate", "--specs", self.api.specs, "--output", output, "--emitter", emitter,
                "--no-cache"] + list(extra)

    def sog_generate(self, modes, output):
        command = [self.sog, "generate", self.api.document(), "--output-directory", output,
                   "--access-modifier", "public"]
        for mode in modes:
            command += ["--mode", mode]
        return command

    def export(self):
        result = measure(self.apigen_generate("openapi", self.api.export))
        self.figures["exportSeconds"] = round(result.seconds, 3)

    def generation(self):
        """Median of --runs runs of each generator, each into a fresh folder."""
        scratch = os.path.join(self.api.folder, "generation")
        shutil.rmtree(scratch, ignore_errors=True)
        jobs = {
            "client": (lambda out: self.apigen_generate("swift-client", out, ["--module", "BenchClient"]),
                       lambda out: self.sog_generate(["types", "client"], out)),
            "server": (lambda out: self.apigen_generate("swift-server", out, ["--module", "BenchServer",
                                                                                "--client-module", "BenchClient"]),
                       lambda out: self.sog_generate(["types", "server"], out)),
        }
        for what, (apigen_command, sog_command) in jobs.items():
            results = {"apigen": [], "sog": []}
            for index in range(self.runs):
                # Interleaved, so that a slow spell of the machine hits both alike.
                for tool, command in (("apigen", apigen_command), ("sog", sog_command)):
                    output = os.path.join(scratch, f"{what}-{tool}-{index}")
                    os.makedirs(output)
                    results[tool].append(measure(command(output)))
            for tool in results:
                self.figures[f"{what}Generation-{tool}"] = median_result(results[tool]).as_json()
            apigen_out = os.path.join(scratch, f"{what}-apigen-0")
            sog_out = os.path.join(scratch, f"{what}-sog-0")
            self.figures[f"{what}Output-apigen"] = count_lines(apigen_out)
            self.figures[f"{what}Output-sog"] = count_lines(sog_out)
            log(f"{self.api.name}: {what} generation: apigen {self.figures[f'{what}Generation-apigen']['seconds']} s, "
                f"SOG {self.figures[f'{what}Generation-sog']['seconds']} s")

    def regenerate_clients(self):
        apigen_sources = os.path.join(self.api.apigen_package, "gen")
        measure(self.apigen_generate("swift-client", apigen_sources, ["--module", "BenchClient"]))
        measure(self.apigen_generate("openapi", self.api.export))
        sog_sources = os.path.join(self.api.sog_package, "Sources", "BenchClient")
        os.makedirs(sog_sources, exist_ok=True)
        measure(self.sog_generate(["types", "client"], sog_sources))

    def compilation(self):
        client_package(self.api.apigen_package, "BenchClient", "gen/swift-client")
        client_package(self.api.sog_package, "BenchClient", "Sources/BenchClient")
        self.regenerate_clients()
        # The packages are new (API() starts from an empty folder): their dependencies first.
        for configuration in self.configurations:
            for package in (self.api.apigen_package, self.api.sog_package):
                for target in ("OpenAPIRuntime", "HTTPTypes"):
                    measure(["swift", "build", "-c", configuration, "--target", target], cwd=package,
                            log=os.path.join(package, "dependencies.log"))
        for configuration in self.configurations:
            self.build_both(configuration, "clean")
        self.api.change_one_endpoint()
        log(f"{self.api.name}: changed the title in {self.api.changed_spec}")
        self.figures["changedSpec"] = self.api.changed_spec
        self.regenerate_clients()
        for configuration in self.configurations:
            self.build_both(configuration, "change")

    def build_both(self, configuration, when):
        cap = self.caps[configuration]
        for tool, package in (("apigen", self.api.apigen_package), ("sog", self.api.sog_package)):
            key = f"{configuration}-{when}-{tool}"
            previous = self.figures.get(f"{configuration}-clean-{tool}")
            if when == "change" and previous and previous["capped"]:
                # Its clean build never finished: there is nothing to rebuild incrementally.
                self.figures[key] = None
                continue
            result = measure(["swift", "build", "-c", configuration, "--target", "BenchClient"], cwd=package,
                             cap_seconds=cap, log=os.path.join(package, f"build-{configuration}-{when}.log"))
            self.figures[key] = result.as_json()
            log(f"{self.api.name}: {tool} client, {configuration}, {when}: {result.seconds:.1f} s"
                f"{' (stopped at the cap)' if result.capped else ''}, {result.rss_mb:.0f} MB")


def seconds_text(figure, cap=None):
    if figure is None:
        return "—"
    if figure["capped"]:
        return f"over {minutes(cap)} (cap)"
    value = figure["seconds"]
    if value >= 60:
        return f"{int(value // 60)} min {value % 60:.0f} s"
    return f"{value:.2f} s" if value < 10 else f"{value:.1f} s"


def minutes(seconds):
    return f"{seconds / 60:g} min"


def ratio_text(sog, apigen, key="seconds"):
    """SOG's figure over apigen's, or a bound when a build was stopped at its cap."""
    if not sog or not apigen or apigen[key] <= 0:
        return "—"
    value = sog[key] / apigen[key]
    if apigen["capped"] and sog["capped"]:
        return "both capped"
    if sog["capped"]:
        return f"over x{value:.1f}"
    if apigen["capped"]:
        return f"under x{value:.1f}"
    return f"x{value:.1f}"


def generation_table(all_figures):
    lines = [
        "| API | operations | output | apigen wall | SOG wall | ratio | apigen CPU | SOG CPU | ratio "
        "| apigen peak memory | SOG peak memory | ratio | apigen files / lines | SOG files / lines |",
        "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for figures in all_figures:
        for what, label in (("client", "client (SOG: types + client)"), ("server", "server (SOG: types + server)")):
            a, s = figures[f"{what}Generation-apigen"], figures[f"{what}Generation-sog"]
            af, al = figures[f"{what}Output-apigen"]
            sf, sl = figures[f"{what}Output-sog"]
            lines.append(
                f"| {figures['label']} | {figures['operations']:,} | {label} | {a['seconds']:.3f} s | {s['seconds']:.3f} s "
                f"| {ratio_text(s, a)} | {a['cpuSeconds']:.3f} s | {s['cpuSeconds']:.3f} s "
                f"| {ratio_text(s, a, 'cpuSeconds')} | {a['peakMB']:,} MB | {s['peakMB']:,} MB "
                f"| {ratio_text(s, a, 'peakMB')} | {af:,} / {al:,} | {sf:,} / {sl:,} |")
    return "\n".join(lines)


def compilation_table(all_figures, configurations, caps):
    lines = [
        "| API | build | apigen client | SOG client | ratio | apigen peak memory | SOG peak memory |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for figures in all_figures:
        for configuration in configurations:
            for when, label in (("clean", "from clean"), ("change", "after one endpoint changed")):
                a = figures.get(f"{configuration}-{when}-apigen")
                s = figures.get(f"{configuration}-{when}-sog")
                cap = caps[configuration]
                memory = lambda f: "—" if f is None else f"{f['peakMB'] / 1024:.2f} GB"
                lines.append(f"| {figures['label']} | {configuration}, {label} | {seconds_text(a, cap)} "
                             f"| {seconds_text(s, cap)} | {ratio_text(s, a)} | {memory(a)} | {memory(s)} |")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--apis", default="fixture,500", help="comma-separated: fixture, zstack or a number of endpoints")
    parser.add_argument("--runs", type=int, default=3, help="runs of each generation command, median reported")
    parser.add_argument("--release-cap", type=float, default=15, help="minutes a release build may take (default 15)")
    parser.add_argument("--debug-cap", type=float, default=30, help="minutes a debug build may take (default 30)")
    parser.add_argument("--no-release", action="store_true", help="compile in debug only")
    parser.add_argument("--no-compile", action="store_true", help="measure generation only")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "apigen-vs-sog"))
    parser.add_argument("--apigen", default=None, help="use this apigen binary instead of building one")
    parser.add_argument("--sog", default=None, help="use this swift-openapi-generator binary instead of building one")
    parser.add_argument("--json", default=None, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    os.makedirs(args.work, exist_ok=True)
    apigen = os.path.abspath(args.apigen) if args.apigen else bench.build()
    sog = os.path.abspath(args.sog) if args.sog else build_sog(args.work)
    configurations = [] if args.no_compile else (["debug"] if args.no_release else ["debug", "release"])
    caps = {"debug": args.debug_cap * 60, "release": args.release_cap * 60}

    all_figures = []
    for name in [n.strip().replace(",", "") for n in args.apis.split(",") if n.strip()]:
        api = API(name, args.work, args.seed)
        comparison = Comparison(api, apigen, sog, args.runs, caps, configurations)
        comparison.export()
        comparison.figures["endpoints"] = api.endpoint_count()
        comparison.figures["operations"] = api.operation_count()
        log(f"{name}: {comparison.figures['endpoints']} endpoints, {comparison.figures['operations']} operations")
        comparison.generation()
        if configurations:
            comparison.compilation()
        all_figures.append(comparison.figures)

    print(f"Machine: {bench.machine()}")
    print(f"apigen: {apigen}; swift-openapi-generator {SOG_VERSION}: {sog}; generation: median of {args.runs} runs; "
          f"caps: debug {minutes(caps['debug'])}, release {minutes(caps['release'])}")
    print()
    print(generation_table(all_figures))
    if configurations:
        print()
        print(compilation_table(all_figures, configurations, caps))
        for figures in all_figures:
            print(f"\n{figures['label']}: the changed endpoint is {figures['changedSpec']} (its title).")
    if args.json:
        with open(args.json, "w") as handle:
            json.dump({"machine": bench.machine(), "sog": SOG_VERSION, "caps": caps, "apis": all_figures}, handle,
                      indent=2)
            handle.write("\n")


if __name__ == "__main__":
    main()
