#!/usr/bin/env python3
"""What a `swift build` ran, when, and how long the cores waited: the compiler jobs of a build on a timeline.

    cd /tmp/apigen-compare/after && python3 /work/main/scripts/build-timeline.py -- swift build --target ZStackSDK
    python3 scripts/build-timeline.py --trace build.strace          # report on a trace taken before

It runs the command under `strace --seccomp-bpf -f -ttt -v -e trace=execve` (strace 5.3 or later),
which records when each process starts (with its arguments) and ends, and lists every frontend job of
every module: the job that emits the module, each batch of compiled files (its first and last primary
file), the module wrap, with its start and duration. Per module it reports how long the driver planned
before its first job, the span of its jobs, their job-seconds, and the core-seconds left idle within
that span with `--cores` cores (default: this machine's), of which how many after the last batch had
started (the tail, when a core that is done has nothing left to take); with several modules, also over
all of their jobs, since modules built side by side share the cores. That is what separates a build's
wall time from its CPU time divided by the cores: the driver's latency between jobs, and a long last
batch. strace slows process creation, so SwiftPM's planning takes longer under it than without; the
jobs' own durations and order are what to read. Standard library only.
"""
import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile

# `1234  1796646363.636653 execve("/path", ["arg", ...], ...) = 0` (possibly `<unfinished ...>`).
EXECVE = re.compile(r'^(?P<pid>\d+)\s+(?P<time>[\d.]+) execve\("(?P<path>[^"]*)", \[(?P<args>.*?)\]')
EXITED = re.compile(r'^(?P<pid>\d+)\s+(?P<time>[\d.]+) \+\+\+ (?:exited with|killed by)')
FAILED = re.compile(r'= -1 E')
STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')

Job = collections.namedtuple("Job", "start end kind module primaries")


def unescaped(text):
    """A string as strace prints it (`\\350\\264\\237` for the bytes of a non-ASCII character, `\\"`, `\\\\`), as text."""
    raw = re.sub(r'\\([0-7]{3})|\\(.)', lambda match: chr(int(match[1], 8)) if match[1] else match[2], text)
    return raw.encode("latin-1", "replace").decode("utf-8", "replace")


def parse(lines):
    """The processes of a trace: (start, end, executable, arguments), times in seconds from the first line."""
    started = {}
    processes = []
    origin = None
    for line in lines:
        match = EXECVE.match(line)
        if match:
            time = float(match["time"])
            origin = time if origin is None else origin
            if not FAILED.search(line):
                arguments = [unescaped(argument) for argument in STRING.findall(match["args"])]
                started[match["pid"]] = (time, os.path.basename(match["path"]), arguments)
            continue
        match = EXITED.match(line)
        if match and match["pid"] in started:
            time = float(match["time"])
            start, executable, arguments = started.pop(match["pid"])
            processes.append((start - origin, time - origin, executable, arguments))
    return sorted(processes)


def value_after(arguments, flag):
    return arguments[arguments.index(flag) + 1] if flag in arguments[:-1] else None


def jobs_of(processes):
    """The compiler jobs and the drivers among the processes."""
    jobs, drivers = [], []
    for start, end, executable, arguments in processes:
        module = value_after(arguments, "-module-name") or "?"
        if executable in ("swiftc", "swift-driver") and "-frontend" not in arguments:
            drivers.append(Job(start, end, "driver", module, []))
        elif executable == "swift-frontend" and "-frontend" in arguments:
            primaries = [arguments[i + 1] for i, flag in enumerate(arguments[:-1]) if flag == "-primary-file"]
            if "-emit-module" in arguments and "-c" not in arguments:
                kind = "emit-module"
            elif "-c" in arguments:
                kind = "compile"
            else:
                continue
            jobs.append(Job(start, end, kind, module, primaries))
        elif executable == "swift-frontend" and "-modulewrap" in arguments:
            wrapped = os.path.basename(value_after(arguments, "-modulewrap") or "?")
            jobs.append(Job(start, end, "modulewrap", wrapped.split(".swiftmodule")[0], []))
    return jobs, drivers


def idle_core_seconds(jobs, cores, step=0.01):
    """Core-seconds without a job between the first job's start and the last one's end, and how many of them
    came after the last compiling job started (the tail: no work left to hand to a core that is done)."""
    if not jobs:
        return 0.0, 0.0
    first, last = min(job.start for job in jobs), max(job.end for job in jobs)
    tail_from = max(job.start for job in jobs if job.kind != "modulewrap") if any(
        job.kind != "modulewrap" for job in jobs) else first
    idle = tail = 0.0
    slices = int(round((last - first) / step))
    for index in range(slices):
        low = first + index * step
        high = low + step
        busy = sum(max(0.0, min(high, job.end) - max(low, job.start)) for job in jobs) / step
        free = max(0.0, cores - busy) * step
        idle += free
        if low >= tail_from - 1e-9:
            tail += free
    return idle, tail


def report(processes, cores, out=sys.stdout):
    jobs, drivers = jobs_of(processes)
    print("| start | seconds | module | job | primary files |", file=out)
    print("| ---: | ---: | --- | --- | --- |", file=out)
    for job in sorted(jobs):
        files = ""
        if job.primaries:
            names = [os.path.relpath(path, os.path.dirname(os.path.dirname(path))) for path in job.primaries]
            files = names[0] if len(names) == 1 else f"{len(names)}: {names[0]} to {names[-1]}"
        print(f"| {job.start:.2f} | {job.end - job.start:.2f} | {job.module} | {job.kind} | {files} |", file=out)
    print(file=out)
    print(f"| module | driver planning | jobs' span | job-seconds | idle core-seconds ({cores} cores) "
          "| of them, after the last batch started |", file=out)
    print("| --- | ---: | ---: | ---: | ---: | ---: |", file=out)
    measured = []
    for driver in drivers:
        own = [job for job in jobs if job.module == driver.module and driver.start <= job.start <= driver.end]
        if own:
            measured.append((driver.module, driver.start, own))
    if len(measured) > 1:
        # Modules built side by side share the cores: their idle time only adds up over all their jobs.
        every = [job for _, _, own in measured for job in own]
        measured.append(("all modules", min(start for _, start, _ in measured), every))
    for module, driver_start, own in measured:
        idle, tail = idle_core_seconds(own, cores)
        first = min(job.start for job in own)
        span = max(job.end for job in own) - first
        work = sum(job.end - job.start for job in own)
        print(f"| {module} | {first - driver_start:.2f} s | {span:.2f} s | {work:.1f} s | {idle:.2f} "
              f"| {tail:.2f} |", file=out)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trace", help="report on this strace output instead of running a command")
    parser.add_argument("--keep", help="keep the trace in this file")
    parser.add_argument("--cores", type=int, default=os.cpu_count())
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- and the build command")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if args.trace:
        path = args.trace
    elif command:
        path = args.keep or tempfile.mkstemp(prefix="build-timeline-", suffix=".strace")[1]
        result = subprocess.run(["strace", "--seccomp-bpf", "-f", "-ttt", "-v", "-s", "4096", "-e", "trace=execve",
                                 "-o", path, *command])
        if result.returncode != 0:
            sys.exit(f"build-timeline: the command failed with status {result.returncode}")
    else:
        sys.exit("build-timeline: give --trace FILE or -- COMMAND")
    with open(path, encoding="utf-8", errors="replace") as handle:
        report(parse(handle), args.cores)


if __name__ == "__main__":
    main()
