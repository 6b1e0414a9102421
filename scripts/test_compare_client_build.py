"""Tests for scripts/compare-client-build.py's preparation of the two sides (the builds need Swift).

    python3 -m unittest discover -s scripts -p 'test_compare_client_build.py'
"""
import importlib.util
import os
import subprocess
import tempfile
import unittest

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "compare-client-build.py")
spec = importlib.util.spec_from_file_location("compare_client_build", SCRIPT)
compare = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compare)


class ChangeTitleTests(unittest.TestCase):
    def test_the_first_endpoints_title_changes_wherever_its_file_repeats_it(self):
        with tempfile.TemporaryDirectory() as package:
            folder = os.path.join(package, "Sources", "ZStackSDK", "Endpoints")
            os.makedirs(folder)
            first = os.path.join(folder, "AddZone.swift")
            with open(first, "w", encoding="utf-8") as handle:
                handle.write("import HTTPTypes\n\n/// Add a zone\n///\n/// Adds a zone.\npublic nonisolated enum AddZone {}\n\n"
                             "extension C {\n    /// Add a zone\n    ///\n    /// Add a zone of the cloud\n    func addZone() {}\n}\n")
            with open(os.path.join(folder, "DeleteZone.swift"), "w", encoding="utf-8") as handle:
                handle.write("/// Delete a zone\n")
            self.assertEqual(compare.change_title(package), "AddZone.swift")
            with open(first, encoding="utf-8") as handle:
                text = handle.read()
            self.assertEqual(text.count("/// Add a zone (changed)\n"), 2)
            self.assertIn("/// Add a zone of the cloud\n", text)  # a line that only starts with the title stays
            with open(os.path.join(folder, "DeleteZone.swift"), encoding="utf-8") as handle:
                self.assertEqual(handle.read(), "/// Delete a zone\n")


class SourcesTests(unittest.TestCase):
    def test_the_base_sides_sources_are_the_checked_in_sdk_at_that_commit(self):
        with tempfile.TemporaryDirectory() as package:
            compare.sources_at("HEAD", package)
            client = os.path.join(package, "Sources", "ZStackSDK")
            self.assertTrue(os.path.isdir(os.path.join(client, "Endpoints")))
            self.assertTrue(os.path.isdir(os.path.join(package, "Sources", "ZStackSDKServer")))
            self.assertTrue(os.path.isdir(os.path.join(package, "Sources", "ZStackSDKMock")))
            name = sorted(os.listdir(os.path.join(client, "Endpoints")))[0]
            committed = subprocess.run(["git", "show", f"HEAD:{compare.SDK}/ZStackSDK/Endpoints/{name}"], cwd=compare.ROOT,
                                       capture_output=True, check=True).stdout
            with open(os.path.join(client, "Endpoints", name), "rb") as handle:
                self.assertEqual(handle.read(), committed)


if __name__ == "__main__":
    unittest.main()
