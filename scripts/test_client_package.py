"""Tests for scripts/lib/client-package.sh, which the client build scripts use to write a package.

    python3 -m unittest discover -s scripts -p 'test_client_package.py'
"""
import os
import subprocess
import tempfile
import unittest

LIBRARY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib", "client-package.sh")

MODULES = """# The Fixture client's modules

| module | holds | endpoints | types |
| --- | --- | ---: | ---: |
| `FxPart1` | Compute, Fixtures | 5 | 6 |

```swift
.target(name: "FxCore", dependencies: [], path: "gen/FxCore"),
.target(name: "FxPart1", dependencies: ["FxCore"], path: "gen/FxPart1"),
```

When categories are added, regenerate.
"""


def run(script):
    return subprocess.run(["bash", "-c", f'. "{LIBRARY}"; {script}'], capture_output=True, text=True, check=True).stdout


class ClientPackageTests(unittest.TestCase):
    def test_the_targets_are_the_lines_of_the_swift_block_of_modules_md(self):
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "MODULES.md")
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(MODULES)
            self.assertEqual(run(f'split_client_targets "{path}"'),
                             '.target(name: "FxCore", dependencies: [], path: "gen/FxCore"),\n'
                             '.target(name: "FxPart1", dependencies: ["FxCore"], path: "gen/FxPart1"),\n')

    def test_the_manifest_names_the_package_and_holds_the_targets(self):
        manifest = run('client_package_manifest Fx \'.target(name: "Fx", path: "gen"),\'')
        self.assertTrue(manifest.startswith("// swift-tools-version: 6.1\nimport PackageDescription\n"))
        self.assertIn('    name: "Fx",\n', manifest)
        self.assertIn('    targets: [\n.target(name: "Fx", path: "gen"),\n    ],\n', manifest)
        self.assertIn('.package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),', manifest)
        self.assertTrue(manifest.endswith("    swiftLanguageModes: [.v6]\n)\n"))


if __name__ == "__main__":
    unittest.main()
