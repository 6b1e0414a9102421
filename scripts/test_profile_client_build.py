"""Tests for scripts/profile-client-build.py's reading of the compiler's timings and statistics (the
profiling itself needs a Swift build).

    python3 -m unittest discover -s scripts -p 'test_profile_client_build.py'
"""
import importlib.util
import json
import os
import tempfile
import unittest

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "profile-client-build.py")
spec = importlib.util.spec_from_file_location("profile_client_build", SCRIPT)
profile = importlib.util.module_from_spec(spec)
spec.loader.exec_module(profile)


class TimingLineTests(unittest.TestCase):
    def test_a_body_line_gives_its_time_file_line_and_kind(self):
        line = ("0.52ms\t/w/gen/swift-client/Types/Zone.swift:41:37\tgetter BenchClient.(file).Zone.name.getter"
                "@/w/gen/swift-client/Types/Zone.swift:41:37\n")
        match = profile.BODY_LINE.match(line)
        self.assertEqual((match["ms"], match["file"], match["line"]), ("0.52", "/w/gen/swift-client/Types/Zone.swift", "41"))
        self.assertEqual(profile.kind_of(match["what"]), "getter")
        self.assertEqual(profile.kind_of("initializer BenchClient.(file).Zone.init(from:)@x"), "init(from:) (decoding)")
        self.assertEqual(profile.folder_of("/w/gen/swift-client/Types/Zone.swift", "/w/gen/swift-client"), "Types")

    def test_a_slow_expression_warning_is_read(self):
        match = profile.LONG_EXPRESSION.match("/w/A.swift:3:9: warning: expression took 120ms to type-check (limit: 50ms)")
        self.assertEqual((match["file"], match["line"], match["ms"]), ("/w/A.swift", "3", "120"))


class FunctionKindTests(unittest.TestCase):
    def test_each_demangled_name_gets_the_first_kind_that_matches(self):
        cases = {
            "(2) await resume partial function for BenchClient.Zone.load() async throws -> ()":
                "async partial functions (suspend and resume)",
            "destroy value witness for BenchClient.Zone": "value witnesses (copy, destroy, assign, ...)",
            "type metadata accessor for BenchClient.Zone": "type metadata and witness table accessors",
            "BenchClient.Zone.CodingKeys.stringValue.getter : Swift.String": "CodingKeys enums (all their members)",
            "BenchClient.Zone.init(from: Swift.Decoder) throws -> BenchClient.Zone":
                "Codable: init(from:) and encode(to:), with their witnesses",
            "static BenchClient.Zone.__derived_struct_equals(BenchClient.Zone, BenchClient.Zone) -> Swift.Bool":
                "Hashable and Equatable: ==, hash(into:), hashValue",
            "static BenchClient.Zone.fieldsAreEqual(BenchClient.Zone, BenchClient.Zone) -> Swift.Bool":
                "Hashable and Equatable: ==, hash(into:), hashValue",
            "BenchClient.Zone.name.modify : Swift.String?": "property modify accessors",
            "BenchClient.Zone.name.setter : Swift.String?": "property setters",
            "BenchClient.Zone.name.getter : Swift.String?": "property getters",
            "variable initialization expression of BenchClient.Zone.name : Swift.String?":
                "stored properties' initial values",
            "BenchClient.ZStackClient.createZone(name: Swift.String) async throws -> BenchClient.CreateZone.Response":
                "other: methods and the rest",
        }
        for name, kind in cases.items():
            self.assertEqual(profile.function_kind(name), kind, name)


class IRTests(unittest.TestCase):
    def test_each_defined_function_counts_its_instructions(self):
        ir = [
            "@global = constant i32 1\n",
            "define hidden swiftcc void @\"$s1A4ZoneVwxx\"(ptr %0) #0 {\n",
            "entry:\n",
            "  ; a comment\n",
            "  %1 = load ptr, ptr %0\n",
            "  ret void\n",
            "}\n",
            "declare void @swift_release(ptr)\n",
            "define linkonce_odr hidden ptr @$s1A4ZoneVMa(i64 %0) {\n",
            "  ret ptr null\n",
            "}\n",
        ]
        self.assertEqual(profile.ir_function_sizes(ir), [("$s1A4ZoneVwxx", 2), ("$s1A4ZoneVMa", 1)])

    def test_the_table_gives_each_kind_its_functions_and_instructions(self):
        import contextlib
        import io
        output = io.StringIO()
        with contextlib.redirect_stdout(output):
            profile.report_functions([("destroy value witness for A.Zone", 30), ("A.Zone.name.getter : Swift.String", 10)])
        self.assertIn("(-emit-ir -wmo): 2, with 40 instructions", output.getvalue())
        self.assertIn("| value witnesses (copy, destroy, assign, ...) | 1 | 50.0 % | 30 | 75.0 % |", output.getvalue())
        self.assertIn("| property getters | 1 | 50.0 % | 10 | 25.0 % |", output.getvalue())


class StatisticsTests(unittest.TestCase):
    def test_phases_and_jobs_are_summed_over_the_clients_jobs_only(self):
        with tempfile.TemporaryDirectory() as folder:
            jobs = {
                "stats-1-swift-frontend-BenchClient-A.swift-o-Onone.json": {
                    "time.swift-frontend.BenchClient-A.swift-x86_64-o-Onone.wall": 10.0,
                    "time.swift.SILGen.wall": 3.0, "time.swift.SILGen-function.wall": 2.0, "time.swift.IRGen.wall": 1.5},
                "stats-2-swift-frontend-BenchClient-all-swiftmodule-Onone.json": {
                    "time.swift-frontend.BenchClient-all-x86_64-swiftmodule-Onone.wall": 4.0,
                    "time.swift.Type checking and Semantic analysis.wall": 3.5},
                "stats-3-swift-frontend-HTTPTypes-B.swift-o-Onone.json": {
                    "time.swift-frontend.HTTPTypes-B.swift-o-Onone.wall": 99.0, "time.swift.SILGen.wall": 50.0},
            }
            for name, counters in jobs.items():
                with open(os.path.join(folder, name), "w") as handle:
                    json.dump(counters, handle)
            phases, total, emit_module, _ = profile.phase_totals(folder)
        self.assertEqual((total, emit_module), (14.0, 4.0))
        self.assertEqual(phases["SILGen"], 3.0)  # SILGen-function is inside SILGen, not a phase of its own
        self.assertEqual(phases["IRGen"], 1.5)
        self.assertEqual(phases["Type checking and Semantic analysis"], 3.5)


if __name__ == "__main__":
    unittest.main()
