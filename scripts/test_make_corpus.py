"""Tests for scripts/make-corpus.py.

    python3 -m unittest discover -s scripts -p 'test_make_corpus.py'
    (or, from scripts/: python3 -m unittest test_make_corpus)

Set APIGEN to an apigen binary (for example .build-corpus/debug/apigen) to also check that a
generated corpus validates with no diagnostics.
"""
import os
import subprocess
import sys
import tempfile
import unittest

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "make-corpus.py")


def generate(output, endpoints, seed, *extra):
    return subprocess.run(
        [sys.executable, SCRIPT, "--endpoints", str(endpoints), "--seed", str(seed), "--output", output, *extra],
        capture_output=True, text=True)


def read_tree(root):
    """relative path -> bytes, for every file below root."""
    files = {}
    for folder, _, names in os.walk(root):
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as handle:
                files[os.path.relpath(path, root)] = handle.read()
    return files


class MakeCorpusTests(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def corpus(self, name, endpoints=120, seed=1):
        output = os.path.join(self.tmp.name, name)
        result = generate(output, endpoints, seed)
        self.assertEqual(result.returncode, 0, result.stderr)
        return output, read_tree(output)

    def test_same_seed_gives_identical_bytes(self):
        _, first = self.corpus("a", seed=7)
        _, second = self.corpus("b", seed=7)
        self.assertEqual(sorted(first), sorted(second))
        for path in first:
            self.assertEqual(first[path], second[path], path)

    def test_different_seed_differs(self):
        _, first = self.corpus("a", seed=1)
        _, second = self.corpus("b", seed=2)
        self.assertNotEqual(first, second)

    def test_endpoint_file_count_and_layout(self):
        for endpoints in (1, 5, 120):
            _, files = self.corpus(f"n{endpoints}", endpoints=endpoints)
            endpoint_files = [p for p, data in files.items() if b"\nendpoint:\n" in data]
            self.assertEqual(len(endpoint_files), endpoints)
            for path in endpoint_files:
                # <category>/<resource>/<operation>.yaml
                self.assertEqual(len(path.split(os.sep)), 3, path)
                self.assertFalse(path.startswith("types" + os.sep), path)
            self.assertIn("api.yaml", files)
            self.assertIn(os.path.join("types", "error-code.yaml"), files)
            self.assertEqual(sum(1 for data in files.values() if b"\napi:\n" in data), 1)
            for path, data in files.items():
                self.assertTrue(data.startswith(b"apigen: 1\n"), path)
                data.decode("utf-8")

    def test_operation_ids_are_unique(self):
        _, files = self.corpus("ids", endpoints=300)
        ids = [line.split(b": ", 1)[1] for data in files.values() for line in data.split(b"\n")
               if line.startswith(b"  operation-id: ")]
        self.assertEqual(len(ids), 300)
        self.assertEqual(len(set(ids)), len(ids))

    def test_refuses_to_overwrite_a_folder_that_is_not_a_corpus(self):
        output = os.path.join(self.tmp.name, "other")
        os.makedirs(output)
        with open(os.path.join(output, "keep.txt"), "w") as handle:
            handle.write("precious")
        self.assertNotEqual(generate(output, 3, 1).returncode, 0)
        self.assertNotEqual(generate(output, 3, 1, "--force").returncode, 0)
        self.assertTrue(os.path.exists(os.path.join(output, "keep.txt")))

    def test_force_replaces_an_earlier_corpus(self):
        output, _ = self.corpus("c", endpoints=50)
        result = generate(output, 10, 1, "--force")
        self.assertEqual(result.returncode, 0, result.stderr)
        files = read_tree(output)
        self.assertEqual(sum(1 for data in files.values() if b"\nendpoint:\n" in data), 10)

    @unittest.skipUnless(os.environ.get("APIGEN"), "set APIGEN to an apigen binary to validate the corpus")
    def test_corpus_validates_cleanly(self):
        output, _ = self.corpus("valid", endpoints=200)
        result = subprocess.run([os.environ["APIGEN"], "validate", output], capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("no problems", result.stderr)


if __name__ == "__main__":
    unittest.main()
