"""Tests for scripts/build-timeline.py (on a trace written here; no build runs).

    python3 -m unittest discover -s scripts -p 'test_build_timeline.py'
"""
import importlib.util
import io
import os
import unittest

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "build-timeline.py")
spec = importlib.util.spec_from_file_location("build_timeline", SCRIPT)
timeline = importlib.util.module_from_spec(spec)
spec.loader.exec_module(timeline)

FRONTEND = '"/opt/swift/usr/bin/swift-frontend", ["/opt/swift/usr/bin/swift-frontend", "-frontend"'
# A driver that plans for 0.5 s, then emits the module (4 s) beside two batches (1 s each, the second
# starting 0.1 s after the first ends), then wraps the module; a failed execve and a process that never
# ends are ignored.
TRACE = f"""\
100  1000.000000 execve("/opt/swift/usr/bin/swiftc", ["swiftc", "-module-name", "Client", "-j2"], 0x1 /* 3 vars */) = 0
101  1000.400000 execve("/usr/local/bin/swift-frontend", ["swift-frontend"], 0x1) = -1 ENOENT (No such file or directory)
101  1000.500000 execve({FRONTEND}, "-emit-module", "/p/Sources/Client/A.swift", "-module-name", "Client"], 0x1) = 0
102  1000.500000 execve({FRONTEND}, "-c", "-primary-file", "/p/Sources/Client/Endpoints/A.swift", "-primary-file", "/p/Sources/Client/Endpoints/B.swift", "-module-name", "Client"], 0x1) = 0
102  1001.500000 +++ exited with 0 +++
103  1001.600000 execve({FRONTEND}, "-c", "-primary-file", "/p/Sources/Client/Types/C.swift", "-module-name", "Client"], 0x1) = 0
103  1002.600000 +++ exited with 0 +++
101  1004.500000 +++ exited with 0 +++
104  1004.500000 execve("/opt/swift/usr/bin/swift-frontend", ["/opt/swift/usr/bin/swift-frontend", "-modulewrap", "/p/.build/debug/Modules/Client.swiftmodule", "-o", "/p/x.o"], 0x1) = 0
104  1004.600000 +++ exited with 0 +++
105  1004.700000 execve("/usr/bin/ld.gold", ["ld.gold"], 0x1) = 0
100  1004.800000 +++ exited with 0 +++
"""


class TimelineTests(unittest.TestCase):
    def test_each_process_has_its_start_end_and_arguments_from_the_trace_start(self):
        processes = timeline.parse(io.StringIO(TRACE))
        self.assertEqual([(round(start, 2), round(end, 2), name) for start, end, name, _ in processes], [
            (0.0, 4.8, "swiftc"), (0.5, 1.5, "swift-frontend"), (0.5, 4.5, "swift-frontend"),
            (1.6, 2.6, "swift-frontend"), (4.5, 4.6, "swift-frontend")])

    def test_jobs_are_told_apart_by_their_flags(self):
        jobs, drivers = timeline.jobs_of(timeline.parse(io.StringIO(TRACE)))
        self.assertEqual([(job.kind, job.module, len(job.primaries)) for job in sorted(jobs)], [
            ("compile", "Client", 2), ("emit-module", "Client", 0), ("compile", "Client", 1),
            ("modulewrap", "Client", 0)])
        self.assertEqual([(driver.kind, driver.module) for driver in drivers], [("driver", "Client")])

    def test_idle_core_seconds_count_every_free_core_and_the_tail_after_the_last_batch_started(self):
        jobs, _ = timeline.jobs_of(timeline.parse(io.StringIO(TRACE)))
        idle, tail = timeline.idle_core_seconds(jobs, cores=2)
        # 1.5-1.6 and 2.6-4.5 the module job alone, 4.5-4.6 the wrap alone: one core free each time.
        self.assertAlmostEqual(idle, 2.1, places=2)
        self.assertAlmostEqual(tail, 2.0, places=2)

    def test_the_report_names_the_batches_and_sums_each_module(self):
        out = io.StringIO()
        timeline.report(timeline.parse(io.StringIO(TRACE)), cores=2, out=out)
        text = out.getvalue()
        self.assertIn("| 0.50 | 1.00 | Client | compile | 2: Endpoints/A.swift to Endpoints/B.swift |\n", text)
        self.assertIn("| 1.60 | 1.00 | Client | compile | Types/C.swift |\n", text)
        self.assertIn("| Client | 0.50 s | 4.10 s | 6.1 s | 2.10 | 2.00 |\n", text)

    def test_modules_built_side_by_side_are_also_summed_together(self):
        other = TRACE.replace('"Client"', '"Server"').replace("/Client", "/Server")
        for pid in range(100, 106):
            other = other.replace(f"{pid} ", f"{pid + 100} ")
        out = io.StringIO()
        timeline.report(timeline.parse(io.StringIO(TRACE + other)), cores=2, out=out)
        text = out.getvalue()
        self.assertIn("| Client | 0.50 s | 4.10 s | 6.1 s | 2.10 | 2.00 |\n", text)
        self.assertIn("| Server | 0.50 s | 4.10 s | 6.1 s | 2.10 | 2.00 |\n", text)
        # Both modules' jobs at once: never fewer than two running until 4.5 s, then two wraps.
        self.assertIn("| all modules | 0.50 s | 4.10 s | 12.2 s | 0.00 | 0.00 |\n", text)

    def test_strace_escapes_are_read_back_as_text(self):
        # strace prints a non-ASCII character as the octal escapes of its UTF-8 bytes.
        self.assertEqual(timeline.unescaped(r"BenchClient\344\270\211\345\261\202"), "BenchClient三层")
        self.assertEqual(timeline.unescaped(r'say \"hi\" in C:\\x'), 'say "hi" in C:\\x')

    def test_neither_a_trace_nor_a_command_is_an_error(self):
        with self.assertRaises(SystemExit) as stop:
            timeline.main(["--cores", "2"])
        self.assertEqual(str(stop.exception), "build-timeline: give --trace FILE or -- COMMAND")


if __name__ == "__main__":
    unittest.main()
