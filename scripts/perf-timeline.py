#!/usr/bin/env python3
"""Shows what an apigen run did over time, from a perf recording: CPU samples per time slice,
split by the pipeline phase each sample's stack is in. A slice with fewer samples than the
machine's cores can give is a slice with an idle core.

    perf record -e cpu-clock -F 1000 -g -o run.data apigen generate --specs CORPUS --output OUT
    python3 scripts/perf-timeline.py run.data --slice 0.05

It runs `perf script` and `swift demangle --simplified` on the recording. A sample belongs to
the first phase, in the order below, whose function appears anywhere on its stack; samples
without any (the kernel creating files for a worker thread, libyaml, exit) are "other".
Standard library only.
"""
import argparse
import collections
import re
import subprocess
import sys

# (phase, pattern over the demangled stack), most specific first.
PHASES = [
    ("write", r"OutputWriter\.apply"),
    ("plan", r"OutputPlan\.make"),
    ("cache", r"GenerationCache\.(remember|record|fingerprint|digest|unchangedFiles)|cachedPlans"),
    ("render", r"ParallelRenderer\.run"),
    ("jobs", r"renderJobs"),
    ("templates", r"TemplateSet\.init"),
    ("yaml", r"YAMLLoader\.load"),
    ("decode", r"SpecDecoder\."),
    ("resolve", r"ModelResolver\.|SpecCompiler\.compile"),
    ("read", r"SpecSource\.collect"),
    ("main", r"Generate\.run"),
]
NAMES = [name for name, _ in PHASES] + ["other"]


def samples(script_text):
    """(time in seconds, phase) for each sample of `perf script -F tid,time,ip,sym` output."""
    found = []
    for block in script_text.strip().split("\n\n"):
        lines = block.strip().split("\n")
        header = re.match(r"\s*\d+\s+([\d.]+):", lines[0])
        if not header:
            continue
        stack = "\n".join(lines[1:])
        phase = next((name for name, pattern in PHASES if re.search(pattern, stack)), "other")
        found.append((float(header.group(1)), phase))
    return found


def timeline(found, width):
    """The table: one row per slice of `width` seconds, samples per phase."""
    if not found:
        return "no samples"
    start = min(time for time, _ in found)
    slices = collections.defaultdict(collections.Counter)
    for time, phase in found:
        slices[int((time - start) / width)][phase] += 1
    rows = ["   t (s)  samples " + " ".join(f"{name[:8]:>8}" for name in NAMES)]
    for index in range(max(slices) + 1):
        counts = slices[index]
        rows.append(f"{index * width:8.2f} {sum(counts.values()):8d} " + " ".join(f"{counts[name]:8d}" for name in NAMES))
    totals = collections.Counter(phase for _, phase in found)
    rows.append("   total " + f"{len(found):8d} " + " ".join(f"{totals[name]:8d}" for name in NAMES))
    return "\n".join(rows)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("recording", help="the perf.data file")
    parser.add_argument("--slice", type=float, default=0.1, help="seconds per row (default 0.1)")
    args = parser.parse_args(argv)
    script = subprocess.run(["perf", "script", "-i", args.recording, "-F", "tid,time,ip,sym"],
                            capture_output=True, text=True)
    if script.returncode != 0:
        sys.exit(f"perf-timeline: perf script failed:\n{script.stderr}")
    demangled = subprocess.run(["swift", "demangle", "--simplified"], input=script.stdout, capture_output=True, text=True)
    print(timeline(samples(demangled.stdout), args.slice))


if __name__ == "__main__":
    main()
