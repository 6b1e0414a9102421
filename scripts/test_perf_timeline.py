"""Tests for scripts/perf-timeline.py's parsing and table (perf itself is not needed).

    python3 -m unittest discover -s scripts -p 'test_perf_timeline.py'
"""
import importlib.util
import os
import unittest

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "perf-timeline.py")
spec = importlib.util.spec_from_file_location("perf_timeline", SCRIPT)
timeline = importlib.util.module_from_spec(spec)
spec.loader.exec_module(timeline)

# Four samples as `perf script -F tid,time,ip,sym | swift demangle --simplified` prints them.
SCRIPT_TEXT = """
 4242 100.000100: 
\tffffffff8168d598 ext4_create
\t           20b1d __GI___libc_open
\t          a1b2c3 OutputWriter.writeNew(_:to:)
\t          a1b2d0 closure #1 in OutputWriter.apply(_:)

 4243 100.020000: 
\t          111111 TemplateRenderer.renderNode(_:escaping:indentation:)
\t          222222 TemplateSet.render<A>(_:_:)
\t          333333 closure #3 in MarkdownEmitter.renderJobs(_:templates:)
\t          444444 closure #1 in static ParallelRenderer.run(groups:parallelism:)

 4242 100.070000: 
\t          555555 yaml_parser_fetch_more_tokens
\t          666666 YAMLLoader.load(_:path:)

 4243 100.080000: 
\t          777777 swift_release
"""


class PerfTimelineTests(unittest.TestCase):
    def test_each_sample_goes_to_the_first_phase_on_its_stack(self):
        found = timeline.samples(SCRIPT_TEXT)
        # Rendering calls renderJobs' closures, but the sample is rendering, not making jobs.
        self.assertEqual(found, [(100.0001, "write"), (100.02, "render"), (100.07, "yaml"), (100.08, "other")])

    def test_table_has_a_row_per_slice_and_totals(self):
        text = timeline.timeline(timeline.samples(SCRIPT_TEXT), 0.05)
        rows = text.splitlines()
        self.assertEqual(len(rows), 4)  # header, two slices, totals
        self.assertTrue(rows[1].startswith("    0.00        2 "))
        self.assertTrue(rows[2].startswith("    0.05        2 "))
        self.assertTrue(rows[3].startswith("   total        4 "))
        write, render, yaml, other = (timeline.NAMES.index(name) for name in ("write", "render", "yaml", "other"))
        first = rows[1].split()[2:]
        self.assertEqual((first[write], first[render], first[yaml]), ("1", "1", "0"))
        second = rows[2].split()[2:]
        self.assertEqual((second[yaml], second[other]), ("1", "1"))

    def test_no_samples(self):
        self.assertEqual(timeline.timeline([], 0.1), "no samples")


if __name__ == "__main__":
    unittest.main()
