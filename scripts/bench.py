#!/usr/bin/env python3
"""Benchmarks apigen on synthetic corpora and prints the figures as a Markdown table.

    python3 scripts/bench.py                 # N = 200, 2,000, 10,000; 5 runs each (3 for 10,000)
    python3 scripts/bench.py --quick         # N = 200, 2,000; 1 run each
    python3 scripts/bench.py --sizes 2000 --runs 3 --jobs 1

It builds apigen in release into its own scratch path (.build-bench, git-ignored), writes a
corpus per size with scripts/make-corpus.py (seed 1) into --work (default /tmp/apigen-bench),
and measures, taking the median over the runs:

- cold: `apigen generate --specs CORPUS --output OUT` with every emitter into an empty folder
  (wall time and the process's peak resident memory);
- no-op: the same command again with nothing changed (it must report `0 changed`); apigen's
  cache (APIGEN_CACHE_DIR, a fresh folder per bench run) then skips rendering;
- no-op without the cache: the same with `--no-cache`, which renders and compares every file;
- validate: `apigen validate CORPUS`;
- growth: cold time per endpoint, each figure's ratio from 2,000 endpoints to the largest size
  (linear growth is the ratio of the sizes: 5.0 from 2,000 to 10,000), and with three sizes of
  1,000 or more (`--sizes 2000,4000,6000,8000,10000`) a least-squares line through their cold
  times with each size's deviation from it.

Each run also records the CPU time (user + system) the child used, which a busy neighbour on a
shared machine disturbs less than wall time. The runs are interleaved across sizes (run 1 of every
size, then run 2 of every size, ...) so that a slow spell of the machine hits every size alike
instead of skewing the growth ratios.

The targets for 2,000 endpoints on a 2-core machine are checked and shown: cold under 2 s,
no-op under 0.5 s, peak memory under 300 MB. Peak memory is each child's own maximum resident
set size, from os.wait4. Standard library only.
"""
import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAKE_CORPUS = os.path.join(ROOT, "scripts", "make-corpus.py")
SCRATCH = ".build-bench"

# (N, seconds or megabytes) targets, checked for this size.
TARGET_SIZE = 2000
TARGETS = {"cold": 2.0, "noop": 0.5, "rss": 300.0}


class Measurement:
    """One process run: wall seconds, CPU seconds (user + system), peak RSS in MB, exit code and
    standard error."""

    def __init__(self, seconds, cpu_seconds, rss_mb, code, stderr):
        self.seconds = seconds
        self.cpu_seconds = cpu_seconds
        self.rss_mb = rss_mb
        self.code = code
        self.stderr = stderr


def run(command, cwd=None, env=None):
    """Runs `command`, returning its wall time, its CPU time and its own peak RSS (os.wait4's
    rusage)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # Read standard error before waiting so a chatty child never blocks on a full pipe.
    stderr = process.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stderr.close()
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    rss = usage.ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else usage.ru_maxrss / 1024
    return Measurement(seconds, usage.ru_utime + usage.ru_stime, rss, process.returncode, stderr)


def checked(measurement, what):
    if measurement.code != 0:
        sys.exit(f"bench: {what} failed with exit code {measurement.code}:\n{measurement.stderr}")
    return measurement


def build():
    """Builds apigen in release into .build-bench and returns the binary's path."""
    command = ["swift", "build", "-c", "release", "--scratch-path", SCRATCH, "--product", "apigen"]
    print("bench: " + " ".join(command), file=sys.stderr)
    result = subprocess.run(command, cwd=ROOT, stdout=sys.stderr)
    if result.returncode != 0:
        sys.exit("bench: the release build failed")
    path = subprocess.run(command[:-2] + ["--show-bin-path"], cwd=ROOT, capture_output=True, text=True, check=True)
    return os.path.join(path.stdout.strip(), "apigen")


def make_corpus(size, seed, folder):
    """Writes the corpus for `size` endpoints unless `folder` already holds that very corpus."""
    stamp = os.path.join(folder, ".bench-corpus")
    # The corpus depends only on the script, the size and the seed.
    with open(MAKE_CORPUS, "rb") as handle:
        script = handle.read()
    key = f"{size} {seed} {hash_bytes(script)}"
    if os.path.exists(stamp):
        with open(stamp) as handle:
            if handle.read() == key:
                return
    result = subprocess.run(
        [sys.executable, MAKE_CORPUS, "--endpoints", str(size), "--seed", str(seed), "--output", folder, "--force"],
        capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"bench: make-corpus failed:\n{result.stderr}")
    with open(stamp, "w") as handle:
        handle.write(key)


def hash_bytes(data):
    return hashlib.sha256(data).hexdigest()[:16]


def count_files(folder):
    return sum(len([n for n in names if not n.startswith(".")]) for _, _, names in os.walk(folder))


def spec_count(folder):
    return sum(len([n for n in names if n.endswith(".yaml")]) for _, _, names in os.walk(folder))


class SizeBench:
    """The corpus, output folders and measurements of one size."""

    def __init__(self, apigen, size, runs, seed, work, jobs):
        self.apigen = apigen
        self.size = size
        self.runs = runs
        self.corpus = os.path.join(work, f"corpus-{size}")
        make_corpus(size, seed, self.corpus)
        # Each cold run writes into a folder of its own, and no output is deleted until every
        # size is measured: on ext4, creating thousands of files soon after thousands were
        # deleted is several times slower (the allocator skips recently freed inodes), which
        # would measure the file system, not apigen.
        self.outputs = [os.path.join(work, "outputs", f"out-{size}-{index + 1}") for index in range(runs)]
        self.jobs = ["--jobs", str(jobs)] if jobs else []
        self.cold, self.noop, self.uncached, self.validate = [], [], [], []

    def measure(self, index, env):
        """Run `index`: cold generation, no-op with and without the cache, validation."""
        size = self.size
        generate = [self.apigen, "generate", "--specs", self.corpus, "--output", self.outputs[index]] + self.jobs
        self.cold.append(checked(run(generate, env=env), f"cold generation of {size}"))
        for command, results, what in ((generate, self.noop, "no-op regeneration"),
                                       (generate + ["--no-cache"], self.uncached, "no-op regeneration without the cache")):
            again = checked(run(command, env=env), f"{what} of {size}")
            if not re.search(r"\b0 changed\b", again.stderr):
                sys.exit(f"bench: the {what} of {size} changed files: {again.stderr.strip()}")
            results.append(again)
        self.validate.append(checked(run([self.apigen, "validate", self.corpus], env=env), f"validation of {size}"))
        cold = self.cold[-1]
        print(f"bench: N={size} run {index + 1}/{self.runs}: cold {cold.seconds:.2f} s (CPU {cold.cpu_seconds:.2f} s, "
              f"{cold.rss_mb:.0f} MB), no-op {self.noop[-1].seconds:.2f} s, without the cache "
              f"{self.uncached[-1].seconds:.2f} s, validate {self.validate[-1].seconds:.2f} s", file=sys.stderr)

    def summary(self):
        median = statistics.median
        return {
            "endpoints": self.size,
            "specFiles": spec_count(self.corpus),
            "outputFiles": count_files(self.outputs[-1]),
            "runs": self.runs,
            "coldSeconds": median([m.seconds for m in self.cold]),
            "coldCPUSeconds": median([m.cpu_seconds for m in self.cold]),
            "coldRSSMB": median([m.rss_mb for m in self.cold]),
            "noopSeconds": median([m.seconds for m in self.noop]),
            "noopRSSMB": median([m.rss_mb for m in self.noop]),
            "noopUncachedSeconds": median([m.seconds for m in self.uncached]),
            "validateSeconds": median([m.seconds for m in self.validate]),
            "validateRSSMB": median([m.rss_mb for m in self.validate]),
        }


def bench_sizes(apigen, sizes, runs_for, seed, work, jobs, env):
    """Measures every size, interleaving the runs: run 1 of each size, then run 2, and so on."""
    benches = [SizeBench(apigen, size, runs_for(size), seed, work, jobs) for size in sizes]
    for index in range(max(bench.runs for bench in benches)):
        for bench in benches:
            if index < bench.runs:
                bench.measure(index, env)
    return [bench.summary() for bench in benches]


def table(results):
    """The figures as a Markdown table, then the growth and the targets."""
    lines = [
        "| endpoints | spec files | files written | runs | cold generation | CPU time (cold) | peak memory (cold) "
        "| no-op regeneration | peak memory (no-op) | no-op without the cache | validation | cold per endpoint |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        lines.append(
            f"| {r['endpoints']:,} | {r['specFiles']:,} | {r['outputFiles']:,} | {r['runs']} "
            f"| {r['coldSeconds']:.3f} s | {r['coldCPUSeconds']:.3f} s | {r['coldRSSMB']:.0f} MB | {r['noopSeconds']:.3f} s "
            f"| {r['noopRSSMB']:.0f} MB "
            f"| {r['noopUncachedSeconds']:.3f} s | {r['validateSeconds']:.3f} s | {1000 * r['coldSeconds'] / r['endpoints']:.3f} ms |")
    lines += growth(results) + targets(results)
    return "\n".join(lines)


def growth(results):
    """Each figure's ratio from 2,000 endpoints (or, without that size, the second largest) to
    the largest size."""
    if len(results) < 2:
        return []
    ordered = sorted(results, key=lambda r: r["endpoints"])
    large = ordered[-1]
    small = next((r for r in ordered[:-1] if r["endpoints"] == TARGET_SIZE), ordered[-2])
    size = large["endpoints"] / small["endpoints"]
    out = ["", f"Growth from {small['endpoints']:,} to {large['endpoints']:,} endpoints (x{size:g}; linear is x{size:g}):"]
    for key, label in (("coldSeconds", "cold generation"), ("coldCPUSeconds", "CPU time of cold generation"),
                       ("noopSeconds", "no-op regeneration"),
                       ("noopUncachedSeconds", "no-op without the cache"), ("validateSeconds", "validation"),
                       ("coldRSSMB", "peak memory")):
        out.append(f"- {label}: x{large[key] / small[key]:.2f}")
    return out + linear_fit(results)


# Below this size the fixed cost of a run (start-up, parsing the templates) is much of its time.
FIT_FROM = 1000


def linear_fit(results):
    """With three sizes of FIT_FROM endpoints or more: the least-squares line through their
    cold times, and how far each size's time lies from it. Linear growth leaves every size close
    to the line."""
    fitted = sorted((r for r in results if r["endpoints"] >= FIT_FROM), key=lambda r: r["endpoints"])
    if len(fitted) < 3:
        return []
    out = ["", f"A line through the sizes of {FIT_FROM:,} endpoints or more:"]
    for key, label in (("coldSeconds", "cold generation"), ("coldCPUSeconds", "CPU time of cold generation")):
        points = [(r["endpoints"], r[key]) for r in fitted]
        count = len(points)
        mean_n = sum(n for n, _ in points) / count
        mean_t = sum(t for _, t in points) / count
        spread = sum((n - mean_n) ** 2 for n, _ in points)
        slope = sum((n - mean_n) * (t - mean_t) for n, t in points) / spread
        intercept = mean_t - slope * mean_n
        # Adding 0.0 turns a rounded -0.0 into 0.0.
        deviations = ", ".join(f"{n:,}: {round(100 * (t - (intercept + slope * n)) / t, 1) + 0.0:+.1f} %"
                               for n, t in points)
        out.append(f"- {label}: {intercept:.3f} s + {1000 * slope:.3f} ms per endpoint; "
                   f"each size's deviation from it: {deviations}")
    return out


def targets(results):
    at = [r for r in results if r["endpoints"] == TARGET_SIZE]
    if not at:
        return []
    r = at[0]
    checks = [
        ("cold generation", r["coldSeconds"], TARGETS["cold"], "s"),
        ("no-op regeneration", r["noopSeconds"], TARGETS["noop"], "s"),
        ("peak memory", max(r["coldRSSMB"], r["noopRSSMB"]), TARGETS["rss"], "MB"),
    ]
    out = ["", f"Targets at {TARGET_SIZE:,} endpoints:"]
    for label, value, limit, unit in checks:
        verdict = "met" if value < limit else "MISSED"
        out.append(f"- {label}: {value:.3f} {unit} (target under {limit:g} {unit}): {verdict}")
    return out


def machine():
    cores = os.cpu_count()
    model = ""
    try:
        with open("/proc/cpuinfo") as handle:
            model = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), "")
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as handle:
            kb = int(next(line.split()[1] for line in handle if line.startswith("MemTotal")))
            memory = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    return f"{platform.system()} {platform.machine()}, {cores} cores{memory}, {model}; {swift[0] if swift else 'swift ?'}"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=None, help="comma-separated endpoint counts (default 200,2000,10000)")
    parser.add_argument("--runs", type=int, default=None, help="runs per size, median reported (default 5)")
    parser.add_argument("--large-runs", type=int, default=3, help="runs for sizes above 2,000 (default 3)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=None, help="pass --jobs N to apigen generate")
    parser.add_argument("--work", default=os.path.join(os.environ.get("TMPDIR", "/tmp"), "apigen-bench"),
                        help="where corpora and outputs go (default /tmp/apigen-bench)")
    parser.add_argument("--apigen", default=None, help="use this apigen binary instead of building one")
    parser.add_argument("--json", default=None, help="also write the figures to this JSON file")
    parser.add_argument("--quick", action="store_true", help="N = 200 and 2,000, one run each")
    args = parser.parse_args(argv)

    sizes = [int(s.replace(",", "").replace("_", "")) for s in args.sizes.split(",")] if args.sizes else (
        [200, 2000] if args.quick else [200, 2000, 10000])
    runs = args.runs if args.runs is not None else (1 if args.quick else 5)
    if runs < 1 or any(size < 1 for size in sizes):
        parser.error("--runs and sizes must be at least 1")

    apigen = os.path.abspath(args.apigen) if args.apigen else build()
    os.makedirs(args.work, exist_ok=True)
    # Outputs and cache of an earlier bench run go first; this run's go when it is done.
    scratch = [os.path.join(args.work, "outputs"), os.path.join(args.work, "cache")]
    for folder in scratch:
        shutil.rmtree(folder, ignore_errors=True)
    env = dict(os.environ, APIGEN_CACHE_DIR=os.path.join(args.work, "cache"))
    try:
        results = bench_sizes(apigen, sizes, lambda size: runs if size <= TARGET_SIZE else min(runs, args.large_runs),
                              args.seed, args.work, args.jobs, env)
    finally:
        for folder in scratch:
            shutil.rmtree(folder, ignore_errors=True)

    print(f"Machine: {machine()}")
    print(f"apigen: {apigen}{' --jobs ' + str(args.jobs) if args.jobs else ''}; corpora: make-corpus.py --seed {args.seed}")
    print()
    print(table(results))
    if args.json:
        with open(args.json, "w") as handle:
            json.dump({"machine": machine(), "results": results}, handle, indent=2)
            handle.write("\n")


if __name__ == "__main__":
    main()
