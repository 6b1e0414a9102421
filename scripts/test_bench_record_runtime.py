"""Tests for scripts/bench-record-runtime.py's preparation and reading (the builds need Swift).

    python3 -m unittest discover -s scripts -p 'test_bench_record_runtime.py'
"""
import importlib.util
import os
import tempfile
import unittest

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bench-record-runtime.py")
spec = importlib.util.spec_from_file_location("bench_record_runtime", SCRIPT)
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)


class RecordRuntimeTests(unittest.TestCase):
    def test_the_inventories_are_all_different_and_hold_two_nics_each(self):
        items = bench.inventories(300)
        self.assertEqual(len(items), 300)
        self.assertEqual(len({item["uuid"] for item in items}), 300)
        self.assertEqual({len(item["vmNics"]) for item in items}, {2})
        self.assertEqual(len({nic["mac"] for item in items for nic in item["vmNics"]}), 600)

    def test_a_side_is_the_clients_runtime_and_types_without_its_endpoints(self):
        with tempfile.TemporaryDirectory() as package:
            bench.prepare(package, "HEAD")
            sources = os.path.join(package, "Sources")
            self.assertEqual(sorted(os.listdir(sources)), ["Records", "record-runtime"])
            self.assertEqual(sorted(os.listdir(os.path.join(sources, "Records"))), ["Client", "Support", "Types"])
            self.assertTrue(os.path.exists(os.path.join(sources, "Records", "Types", "VmInstanceInventory.swift")))
            with open(os.path.join(package, "Package.swift"), encoding="utf-8") as handle:
                manifest = handle.read()
            self.assertIn('.executableTarget(name: "record-runtime", dependencies: ["Records"], swiftSettings: settings)',
                          manifest)
            self.assertIn('.package(url: "https://github.com/apple/swift-http-types"', manifest)
            self.assertNotIn("ZStackSDK", manifest)

    def test_the_executables_lines_are_read_as_seconds_per_operation(self):
        self.assertEqual(bench.parse("decode 0.046\nencode 0.0625\n== 0.0016\nSet 0.0122\nnoise\n"),
                         {"decode": 0.046, "encode": 0.0625, "==": 0.0016, "Set": 0.0122})


if __name__ == "__main__":
    unittest.main()
