"""Tests for scripts/bench-vs-sog.py: its measuring with a cap, the endpoint it changes, and its tables
(the comparison itself needs release builds of both generators).

    python3 -m unittest discover -s scripts -p 'test_bench_vs_sog.py'
"""
import importlib.util
import os
import shutil
import sys
import tempfile
import time
import unittest

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bench-vs-sog.py")
spec = importlib.util.spec_from_file_location("bench_vs_sog", SCRIPT)
bench_vs_sog = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench_vs_sog)


def figure(seconds, peak_mb=1000, capped=False):
    return {"seconds": seconds, "cpuSeconds": seconds * 1.5, "peakMB": peak_mb, "capped": capped}


class MeasureTests(unittest.TestCase):
    def test_a_command_past_its_cap_is_stopped_with_its_children(self):
        with tempfile.TemporaryDirectory() as folder:
            pid_file = os.path.join(folder, "child.pid")
            # The shell's child stands for swift-build's compiler processes.
            result = bench_vs_sog.measure(["bash", "-c", f"sleep 60 & echo $! > {pid_file}; wait"], cap_seconds=0.5)
            self.assertTrue(result.capped)
            with open(pid_file) as handle:
                child = int(handle.read())
            for _ in range(100):  # the killed child is reaped by init
                if not os.path.exists(f"/proc/{child}") or "Z" in open(f"/proc/{child}/stat").read().split()[2]:
                    break
                time.sleep(0.05)
            else:
                self.fail("the cap left the command's child running")

    def test_a_command_within_its_cap_is_measured(self):
        result = bench_vs_sog.measure([sys.executable, "-c", "sum(range(10**6))"], cap_seconds=60)
        self.assertFalse(result.capped)
        self.assertGreater(result.rss_mb, 1)
        self.assertGreater(result.cpu_seconds, 0)

    def test_a_failing_command_stops_the_bench_with_its_output(self):
        with self.assertRaises(SystemExit) as raised:
            bench_vs_sog.measure(["bash", "-c", "echo 'error: no such module'; exit 3"])
        self.assertIn("failed (3)", str(raised.exception))
        self.assertIn("error: no such module", str(raised.exception))


class ChangedEndpointTests(unittest.TestCase):
    def test_the_title_of_one_endpoint_changes_and_nothing_else(self):
        with tempfile.TemporaryDirectory() as work:
            api = bench_vs_sog.API("fixture", work, seed=1)
            before = {}
            for directory, _, names in os.walk(api.specs):
                for name in names:
                    with open(os.path.join(directory, name), encoding="utf-8") as handle:
                        before[os.path.relpath(os.path.join(directory, name), api.specs)] = handle.read()
            api.change_one_endpoint()
            self.assertEqual(api.changed_spec, "create-zone.yaml")
            for relative, text in before.items():
                with open(os.path.join(api.specs, relative), encoding="utf-8") as handle:
                    now = handle.read()
                if relative == api.changed_spec:
                    self.assertEqual(now, text.replace("  title: Create Zone\n", "  title: Create Zone (changed)\n", 1))
                    self.assertNotEqual(now, text)
                else:
                    self.assertEqual(now, text, relative)

    def test_a_quoted_title_keeps_its_quotes(self):
        self.assertEqual(bench_vs_sog.change_title('"Create a VM"'), '"Create a VM (changed)"')
        self.assertEqual(bench_vs_sog.change_title("Create"), "Create (changed)")


class TableTests(unittest.TestCase):
    def test_ratios_are_sogs_figure_over_apigens_and_a_cap_gives_a_bound(self):
        self.assertEqual(bench_vs_sog.ratio_text(figure(300), figure(100)), "x3.0")
        self.assertEqual(bench_vs_sog.ratio_text(figure(900, capped=True), figure(100)), "over x9.0")
        self.assertEqual(bench_vs_sog.ratio_text(figure(100), figure(900, capped=True)), "under x0.1")
        self.assertEqual(bench_vs_sog.ratio_text(None, figure(100)), "—")

    def test_compilation_rows_say_when_a_build_hit_its_cap(self):
        figures = {"label": "corpus of 500", "debug-clean-apigen": figure(95), "debug-clean-sog": figure(290, 5632),
                   "debug-change-apigen": figure(12.5), "debug-change-sog": figure(280),
                   "release-clean-apigen": figure(400), "release-clean-sog": figure(900, capped=True),
                   "release-change-apigen": figure(30), "release-change-sog": None}
        text = bench_vs_sog.compilation_table([figures], ["debug", "release"], {"debug": 1800, "release": 900})
        rows = text.splitlines()[2:]
        self.assertEqual(rows, [
            "| corpus of 500 | debug, from clean | 1 min 35 s | 4 min 50 s | x3.1 | 0.98 GB | 5.50 GB |",
            "| corpus of 500 | debug, after one endpoint changed | 12.5 s | 4 min 40 s | x22.4 | 0.98 GB | 0.98 GB |",
            "| corpus of 500 | release, from clean | 6 min 40 s | over 15 min (cap) | over x2.2 | 0.98 GB | 0.98 GB |",
            "| corpus of 500 | release, after one endpoint changed | 30.0 s | — | — | 0.98 GB | — |",
        ])


if __name__ == "__main__":
    unittest.main()
