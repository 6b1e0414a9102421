"""Tests for scripts/bench.py's reporting (the measuring itself needs a release build).

    python3 -m unittest discover -s scripts -p 'test_bench.py'
"""
import importlib.util
import os
import sys
import unittest

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bench.py")
spec = importlib.util.spec_from_file_location("bench", SCRIPT)
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)


def result(endpoints, cold, noop, validate, rss, cpu=None):
    return {
        "endpoints": endpoints, "specFiles": endpoints + 26, "outputFiles": endpoints * 6, "runs": 5,
        "coldSeconds": cold, "coldCPUSeconds": cold * 1.8 if cpu is None else cpu, "coldRSSMB": rss, "noopSeconds": noop, "noopRSSMB": rss, "noopUncachedSeconds": noop * 4,
        "validateSeconds": validate, "validateRSSMB": rss / 2,
    }


class BenchReportTests(unittest.TestCase):
    def test_table_has_a_row_per_size_and_per_endpoint_time(self):
        text = bench.table([result(200, 0.5, 0.4, 0.05, 30), result(2000, 1.5, 0.3, 0.4, 100)])
        rows = [line for line in text.splitlines() if line.startswith("| ") and line[2].isdigit()]
        self.assertEqual(len(rows), 2)
        self.assertIn("| 2,000 | 2,026 | 12,000 | 5 | 1.500 s | 2.700 s | 100 MB | 0.300 s | 100 MB | 1.200 s | 0.400 s "
                      "| 0.750 ms |", rows[1])

    def test_growth_goes_from_2000_to_the_largest_size(self):
        text = "\n".join(bench.growth([result(200, 1, 1, 1, 10), result(2000, 2, 1, 1, 20), result(8000, 8, 4, 4, 60),
                                       result(10000, 11, 5, 5, 80)]))
        self.assertIn("from 2,000 to 10,000 endpoints (x5; linear is x5)", text)
        self.assertIn("cold generation: x5.50", text)

    def test_growth_without_2000_compares_the_two_largest_sizes(self):
        text = "\n".join(bench.growth([result(100, 1, 1, 1, 10), result(400, 3, 1, 1, 20), result(800, 7, 2, 2, 30)]))
        self.assertIn("from 400 to 800 endpoints (x2; linear is x2)", text)
        self.assertIn("cold generation: x2.33", text)

    def test_growth_of_three_sizes(self):
        text = "\n".join(bench.growth([result(200, 1, 1, 1, 10), result(2000, 2, 1, 1, 20), result(10000, 11, 5, 5, 80)]))
        self.assertIn("from 2,000 to 10,000", text)
        self.assertIn("cold generation: x5.50", text)
        self.assertIn("CPU time of cold generation: x5.50", text)
        self.assertIn("peak memory: x4.00", text)

    def test_linear_fit_needs_three_sizes_from_1000_and_shows_each_deviation(self):
        self.assertEqual(bench.linear_fit([result(2000, 2, 1, 1, 20), result(10000, 10, 5, 5, 80)]), [])
        self.assertEqual(bench.linear_fit([result(200, 0.4, 1, 1, 20), result(2000, 2, 1, 1, 20),
                                           result(10000, 10, 5, 5, 80)]), [])
        # 0.2 s + 1 ms per endpoint exactly (and 0.2 s + 2 ms of CPU time); then 10,000 takes 10.6 s.
        text = "\n".join(bench.linear_fit([result(200, 5, 1, 1, 20), result(2000, 2.2, 1, 1, 20, cpu=4.2),
                                            result(6000, 6.2, 1, 1, 20, cpu=12.2), result(10000, 10.2, 1, 1, 20, cpu=20.2)]))
        self.assertIn("- cold generation: 0.200 s + 1.000 ms per endpoint; each size's deviation from it: "
                      "2,000: +0.0 %, 6,000: +0.0 %, 10,000: +0.0 %", text)
        self.assertIn("- CPU time of cold generation: 0.200 s + 2.000 ms per endpoint", text)
        self.assertNotIn("200:", text.replace("2,000:", ""))
        bent = "\n".join(bench.linear_fit([result(2000, 2.2, 1, 1, 20), result(6000, 6.2, 1, 1, 20),
                                            result(10000, 10.6, 1, 1, 20)]))
        # By hand: slope 33,600 / 32,000,000 s, intercept 6.3333 - 6.3 s; residuals +0.0667, -0.1333, +0.0667 s.
        self.assertIn("0.033 s + 1.050 ms per endpoint; each size's deviation from it: "
                      "2,000: +3.0 %, 6,000: -2.2 %, 10,000: +0.6 %", bent)

    def test_runs_are_interleaved_across_sizes(self):
        order = []

        class Recorder:
            def __init__(self, apigen, size, runs, seed, work, jobs):
                self.size, self.runs = size, runs

            def measure(self, index, env):
                order.append((self.size, index))

            def summary(self):
                return {"endpoints": self.size}

        original = bench.SizeBench
        bench.SizeBench = Recorder
        try:
            summaries = bench.bench_sizes("apigen", [200, 2000, 10000], lambda size: 3 if size <= 2000 else 2,
                                          1, "/tmp", None, {})
        finally:
            bench.SizeBench = original
        self.assertEqual(order, [(200, 0), (2000, 0), (10000, 0), (200, 1), (2000, 1), (10000, 1), (200, 2), (2000, 2)])
        self.assertEqual([s["endpoints"] for s in summaries], [200, 2000, 10000])

    def test_targets_are_checked_at_2000(self):
        met = "\n".join(bench.targets([result(2000, 1.9, 0.4, 0.3, 250)]))
        self.assertEqual(met.count(": met"), 3)
        missed = "\n".join(bench.targets([result(2000, 2.5, 0.6, 0.3, 350)]))
        self.assertEqual(missed.count("MISSED"), 3)
        self.assertEqual(bench.targets([result(200, 9, 9, 9, 999)]), [])

    def test_run_reports_the_childs_own_peak_memory_and_exit_code(self):
        grow = [sys.executable, "-c", "import sys; b = bytearray(64 * 1024 * 1024); sys.exit(3)"]
        measured = bench.run(grow)
        self.assertEqual(measured.code, 3)
        self.assertGreater(measured.cpu_seconds, 0)
        self.assertLessEqual(measured.cpu_seconds, measured.seconds * (os.cpu_count() or 1) + 0.05)
        self.assertGreater(measured.rss_mb, 60)
        small = bench.run([sys.executable, "-c", "pass"])
        self.assertEqual(small.code, 0)
        self.assertLess(small.rss_mb, measured.rss_mb)


if __name__ == "__main__":
    unittest.main()
