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


def result(endpoints, cold, noop, validate, rss):
    return {
        "endpoints": endpoints, "specFiles": endpoints + 26, "outputFiles": endpoints * 6, "runs": 5,
        "coldSeconds": cold, "coldRSSMB": rss, "noopSeconds": noop, "noopRSSMB": rss, "noopUncachedSeconds": noop * 4,
        "validateSeconds": validate, "validateRSSMB": rss / 2,
    }


class BenchReportTests(unittest.TestCase):
    def test_table_has_a_row_per_size_and_per_endpoint_time(self):
        text = bench.table([result(200, 0.5, 0.4, 0.05, 30), result(2000, 1.5, 0.3, 0.4, 100)])
        rows = [line for line in text.splitlines() if line.startswith("| ") and line[2].isdigit()]
        self.assertEqual(len(rows), 2)
        self.assertIn("| 2,000 | 2,026 | 12,000 | 5 | 1.500 s | 100 MB | 0.300 s | 100 MB | 1.200 s | 0.400 s | 0.750 ms |", rows[1])

    def test_growth_compares_the_two_largest_sizes(self):
        text = "\n".join(bench.growth([result(200, 1, 1, 1, 10), result(2000, 2, 1, 1, 20), result(10000, 11, 5, 5, 80)]))
        self.assertIn("from 2,000 to 10,000", text)
        self.assertIn("cold generation: x5.50", text)
        self.assertIn("peak memory: x4.00", text)

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
        self.assertGreater(measured.rss_mb, 60)
        small = bench.run([sys.executable, "-c", "pass"])
        self.assertEqual(small.code, 0)
        self.assertLess(small.rss_mb, measured.rss_mb)


if __name__ == "__main__":
    unittest.main()
