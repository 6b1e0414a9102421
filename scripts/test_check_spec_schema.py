#!/usr/bin/env python3
"""Self-test of schema/apigen-spec.schema.json and scripts/check-spec-schema.py.

    python3 -m unittest scripts/test_check_spec_schema.py     (from the repository root)
    python3 scripts/test_check_spec_schema.py                 (from anywhere)
"""

import importlib.util
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

from jsonschema import Draft202012Validator

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "scripts" / "check-spec-schema.py"
SCHEMA_PATH = REPO / "schema" / "apigen-spec.schema.json"
DECODER = REPO / "Sources" / "APIGenCore" / "Spec" / "SpecDecoder.swift"
ENDPOINT_MODEL = REPO / "Sources" / "APIGenCore" / "Model" / "Endpoint.swift"
TYPE_PARSER = REPO / "Sources" / "APIGenCore" / "Spec" / "TypeExpressionParser.swift"
NODE_READER = REPO / "Sources" / "APIGenCore" / "Spec" / "NodeReader.swift"
SEED = REPO / "api-specs" / "compute" / "vm" / "update-guest-tools-state.yaml"
API = REPO / "api-specs" / "api.yaml"

_spec = importlib.util.spec_from_file_location("check_spec_schema", SCRIPT)
checker = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(checker)

SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
MODELINE_LINE = re.compile(r"^# yaml-language-server: \$schema=.*\n", re.M)


def replace(text, old, new):
    """`text` with the first `old` replaced; fails loudly if the seed no longer contains `old`."""
    if old not in text:
        raise AssertionError(f"the seed spec no longer contains {old!r}")
    return text.replace(old, new, 1)


class SpecFolder:
    """A temporary folder of spec files whose modelines lead to the repository's schema."""

    def __init__(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="apigen-schema-test-")
        self.root = Path(self._tmp.name)

    def write(self, name, text, modeline=True):
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        body = MODELINE_LINE.sub("", text)
        if modeline:
            relative = Path(os.path.relpath(SCHEMA_PATH, path.parent)).as_posix()
            body = f"# yaml-language-server: $schema={relative}\n{body}"
        path.write_text(body, encoding="utf-8")
        return path

    def close(self):
        self._tmp.cleanup()


class CheckerTestCase(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.validator = checker.load_validator(SCHEMA_PATH)
        cls.seed = SEED.read_text(encoding="utf-8")
        cls.api = API.read_text(encoding="utf-8")

    def setUp(self):
        self.folder = SpecFolder()
        self.addCleanup(self.folder.close)

    def problems(self, text, name="spec.yaml", modeline=True):
        path = self.folder.write(name, text, modeline)
        return [p.format(name) for p in checker.check_file(path, SCHEMA_PATH, self.validator)]

    def assertValid(self, text, name="spec.yaml"):
        problems = self.problems(text, name)
        self.assertEqual(problems, [], "expected the spec to pass:\n" + text)

    def assertInvalid(self, text, *expected, name="spec.yaml"):
        """Fails unless some problem contains all of `expected`; returns the problems."""
        problems = self.problems(text, name)
        self.assertTrue(problems, "expected the spec to fail:\n" + text)
        joined = "\n".join(problems)
        self.assertTrue(
            any(all(part in problem for part in expected) for problem in problems),
            f"no problem mentions {expected}; got:\n{joined}",
        )
        return problems


class SchemaTests(CheckerTestCase):
    def test_schema_is_a_valid_draft_2020_12_schema(self):
        Draft202012Validator.check_schema(SCHEMA)
        self.assertEqual(SCHEMA["$schema"], "https://json-schema.org/draft/2020-12/schema")
        self.assertTrue(SCHEMA.get("$id"))
        self.assertTrue(SCHEMA.get("title"))

    def test_every_keyword_has_a_description(self):
        missing = []

        def walk(node, where):
            if isinstance(node, dict):
                for name, sub in node.get("properties", {}).items():
                    if not (isinstance(sub, dict) and sub.get("description")):
                        missing.append(f"{where}/properties/{name}")
                for key, sub in node.items():
                    walk(sub, f"{where}/{key}")
            elif isinstance(node, list):
                for index, sub in enumerate(node):
                    walk(sub, f"{where}/{index}")

        walk(SCHEMA, "#")
        for name, sub in SCHEMA["$defs"].items():
            if not sub.get("description"):
                missing.append(f"#/$defs/{name}")
        self.assertEqual(missing, [])

    def test_keywords_match_the_decoder(self):
        """Every keyword list in SpecDecoder.swift / NodeReader.swift has the same keywords in the schema."""
        decoder = DECODER.read_text(encoding="utf-8")
        reader = NODE_READER.read_text(encoding="utf-8")

        def words(list_text):
            return set(re.findall(r'"([^"]+)"', list_text))

        constants = {name: words(body) for name, body in re.findall(r"static let (\w+) = \[(.*?)\]", decoder, re.S)}
        constants["bodyFieldKeywords"] = constants["fieldKeywords"] | words(
            re.search(r"static let bodyFieldKeywords = fieldKeywords \+ \[(.*?)\]", decoder).group(1)
        )
        constants["allowed"] = words(re.search(r"let allowed = \[(.*?)\]", decoder).group(1))
        constants["keywords"] = None  # decodeField's parameter: fieldKeywords or bodyFieldKeywords
        found = {}
        # The place each keyword list is read in, as the decoder names it (`.specFile`, `.keyword("api")`).
        for label, allowed in re.findall(r'keywords\(\w+, in: (\.\w+(?:\([^)]*\))?), allowed: (\[[^\]]*\]|[\w.]+)', decoder + reader):
            keys = words(allowed) if allowed.startswith("[") else constants[allowed.removeprefix("Self.")]
            if keys is not None:
                found.setdefault(label, []).append(keys)
        # Field keyword lists are passed in as arguments; check the constants directly.
        found["field"] = [constants["fieldKeywords"]]
        found["body field"] = [constants["bodyFieldKeywords"]]

        where = {
            ".specFile": "#",
            '.keyword("api")': "#/$defs/api",
            '.keyword("api.auth")': "#/$defs/api/properties/auth",
            '.keyword("api.timestamps")': "#/$defs/api/properties/timestamps",
            '.keyword("api.async")': "#/$defs/api/properties/async",
            '.keyword("api.errors")': "#/$defs/api/properties/errors",
            ".type(name)": "#/$defs/named-type",
            ".field(name)": None,  # checked through the constants below
            "field": "#/$defs/field",
            "body field": "#/$defs/body-field",
            ".endpoint": "#/$defs/endpoint",
            '.keyword("body")': "#/$defs/endpoint/properties/body",
            '.keyword("response")': "#/$defs/endpoint/properties/response",
            ".historyEntry": "#/$defs/endpoint/properties/history/items",
            '.keyword("examples")': "#/$defs/endpoint/properties/examples",
            ".requestExample": "#/$defs/endpoint/properties/examples/properties/request",
            ".responseExample": "#/$defs/endpoint/properties/examples/properties/response",
            '.keyword("deprecated")': "#/$defs/deprecation",
        }
        unknown = sorted(set(found) - set(where))
        self.assertEqual(unknown, [], "new keyword mappings in the decoder: add them to the schema and to this test")
        for label, pointer in where.items():
            if pointer is None:
                continue
            self.assertIn(label, found, f"the decoder no longer reads {label}; update the schema and this test")
            node = SCHEMA
            for part in pointer.lstrip("#/").split("/") if pointer != "#" else []:
                node = node[part]
            self.assertIs(node.get("additionalProperties"), False, f"{pointer} must flag unknown keywords")
            for keys in found[label]:
                self.assertEqual(set(node["properties"]), keys, f"keywords of {label} ({pointer})")

    def test_choices_and_builtins_match_the_model(self):
        model = ENDPOINT_MODEL.read_text(encoding="utf-8")
        endpoint = SCHEMA["$defs"]["endpoint"]["properties"]
        for swift_enum, keyword in [("Method", "method"), ("Execution", "execution"), ("Auth", "auth")]:
            cases = re.search(rf"enum {swift_enum}\b[^{{]*{{\s*case ([^\n}}]*)", model).group(1)
            self.assertEqual(endpoint[keyword]["enum"], [c.strip() for c in cases.split(",")], keyword)
        parser = TYPE_PARSER.read_text(encoding="utf-8")
        builtins = set(re.findall(r'"(\w+)": \.', re.search(r"static let builtins.*?\]\n", parser, re.S).group(0)))
        pattern = SCHEMA["$defs"]["definable-type-name"]["pattern"]
        self.assertEqual(set(re.search(r"\(\?:([\w|]+)\)", pattern).group(1).split("|")), builtins | {"List"})

    def test_definable_type_name_pattern(self):
        # apigen defines the innermost name of a List or Map at a field with fields: or values:.
        pattern = re.compile(SCHEMA["$defs"]["definable-type-name"]["pattern"])
        for accepted in ["VmState", " VmState ", "List<VmState>", "Map<String, VmState>", "List<List<VmState>>", "Lists", "StringX"]:
            self.assertIsNotNone(pattern.match(accepted), accepted)
        for rejected in ["String", "List", "List<String>", "Map<String, Long>", "List<JSON>", "Map", "Foo<Bar>", "List<Vm State>"]:
            self.assertIsNone(pattern.match(rejected), rejected)

    def test_type_expression_pattern(self):
        pattern = re.compile(SCHEMA["$defs"]["type-expression"]["pattern"])
        accepted = [
            "String", "Boolean", "boolean", "Integer", "int", "Long", "long", "Float", "Double", "Timestamp",
            "LinkedHashMap", "Map", "JSON", "ErrorCode", "_private", "Lists", "ListX", "MapX",
            "List<String>", "List<ErrorCode>", "List<List<Long>>", "Map<String, Long>", "Map<String,Long>",
            "Map<String, List<Map<String, ErrorCode>>>", " List < String > ", "List<Map>",
            "List<" * 8 + "String" + ">" * 8,
        ]
        rejected = [
            "List", " List ", "List<>", "List<String, Long>", "List<String", "List<String>>", "List<List>",
            "Map<String>", "Map<Long, String>", "Map<String, Long, Int>", "Map<String, List>",
            "String<Long>", "Foo<Bar>", "9Foo", "Foo-Bar", "Foo Bar", "String,", "", " ", "<String>",
            "List\t<String>",
        ]
        for text in accepted:
            self.assertRegex(text, pattern)
        for text in rejected:
            self.assertIsNone(pattern.search(text), f"{text!r} should be rejected")


class RepositorySpecTests(CheckerTestCase):
    def test_repository_specs_pass_through_the_command_line(self):
        result = subprocess.run(
            [sys.executable, str(SCRIPT)], cwd=REPO, capture_output=True, text=True, timeout=120
        )
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        specs = sorted((REPO / "api-specs").rglob("*.y*ml"))
        self.assertTrue(specs)
        for spec in specs:
            self.assertIn(f"{spec.relative_to(REPO)}: OK", result.stdout)

    def test_repository_specs_pass_through_main(self):
        out = io.StringIO()
        self.assertEqual(checker.main([str(REPO / "api-specs")], out=out), 0, out.getvalue())

    def test_seed_spec_alone_passes(self):
        self.assertValid(self.seed)
        self.assertValid(self.api)


class AcceptedValueTests(CheckerTestCase):
    """Values the decoder accepts must validate, however a YAML 1.2 editor types them."""

    def test_versions_that_yaml_reads_as_numbers(self):
        self.assertValid(replace(self.seed, "since: 4.6.21", "since: 4.10"))
        self.assertValid(replace(self.seed, "since: 4.6.21", "since: 5"))
        self.assertValid(replace(self.seed, "since: 4.6.21", "since: 2017-01-06"))
        self.assertValid(replace(self.seed, "history: []", "history:\n    - {version: 4.10, description: x}\n    - version: 4.6.21"))
        self.assertValid(replace(self.seed, "history: []", "history:"))
        self.assertValid(replace(self.seed, "execution: synchronous", "deprecated: {since: 4.10, message: {en: Use X}}\n  execution: synchronous"))

    def test_booleans(self):
        for spelling in ("true", "True", "TRUE", "false", "False", "FALSE"):
            self.assertValid(replace(self.seed, "{type: List<String>, description: System Tags}", f"{{type: List<String>, required: {spelling}, nullable: {spelling}}}"))

    def test_text_that_yaml_reads_as_other_scalars(self):
        self.assertValid(replace(self.seed, "title: Update Guest Tools State", "title: 404"))
        self.assertValid(replace(self.seed, "description: On success, this API returns the following response structure.", "description: yes"))
        self.assertValid(replace(self.seed, "description: On success, this API returns the following response structure.", "description: true"))
        self.assertValid(replace(self.seed, "title: Update Guest Tools State", "title: {en: Update, zh-CN: 更新}"))

    def test_enum_texts_may_be_empty_and_values_any_scalar(self):
        self.assertValid(replace(self.seed, "NotUpgraded: Pending upgrade}", "NotUpgraded: , Unknown: ~, Other: '', 1: One, 2.5: on}"))

    def test_single_or_list_forms(self):
        self.assertValid(replace(self.seed, "category: [Compute Management, VM Related Interfaces]", "category: Compute Management"))
        self.assertValid(replace(self.api, "status: [503]", "status: 503"))
        self.assertValid(replace(self.api, "status: [503]", "status: [500, 503]"))
        self.assertValid(replace(self.api, "locales: [en, zh-CN]", "locales: en"))

    def test_all_endpoint_keywords(self):
        text = replace(self.seed, "  body:\n    fields:\n", (
            "  description: {en: Updates it}\n"
            "  query-parameters:\n    limit: {type: int, default: 10, example: 5}\n"
            "  headers:\n    X-Trace: {type: String, since: 4.10, deprecated: {since: 5.0}}\n"
            "  body:\n    wrapper: params\n    fields:\n      extra: {type: 'Map<String, List<Long>>', outside-wrapper: true}\n"
        ))
        text = replace(text, "      path: {vmInstanceUuid: 321e85ca08b335e09f172041f7e710b5}",
                       "      path: {vmInstanceUuid: 321e85ca08b335e09f172041f7e710b5}\n      query: {limit: 5}\n      headers: {X-Trace: abc}")
        text = replace(text, "execution: synchronous", "execution: asynchronous")
        text = replace(text, "auth: required", "auth: none")
        self.assertValid(text)

    def test_named_types(self):
        self.assertValid("apigen: 1\ntypes:\n  Color:\n    description: A colour\n    values: {red: Red, green: }\n  Box:\n    fields: {}\n")


class RejectedSpecTests(CheckerTestCase):
    def test_bare_list(self):
        text = replace(self.seed, "systemTags: {type: List<String>", "systemTags: {type: List")
        self.assertInvalid(text, "spec.yaml:", "$.endpoint.body.fields.systemTags.type", "a bare 'List' must say what it holds")

    def test_misspelt_keyword(self):
        text = replace(self.seed, "vmInstanceUuid: {type: String, required: true", "vmInstanceUuid: {type: String, requird: true")
        self.assertInvalid(text, "$.endpoint.path-parameters.vmInstanceUuid.requird", "unknown keyword 'requird'")

    def test_unknown_method(self):
        self.assertInvalid(replace(self.seed, "method: PUT", "method: GIT"), "spec.yaml:", "$.endpoint.method", '"GIT" is not one of')

    def test_unknown_format_version(self):
        self.assertInvalid(replace(self.seed, "apigen: 1", "apigen: 2"), "$.apigen", "expected 1, found 2")
        self.assertInvalid(replace(self.seed, "apigen: 1", "apigen: '1'"), "$.apigen")

    def test_more_mistakes(self):
        cases = [
            (replace(self.seed, "required: true, description: Virtual Machine UUID}", "required: yes}"), "$.endpoint.path-parameters.vmInstanceUuid.required", "expected boolean"),
            (replace(self.seed, "type: GuestToolsZWatchState", "type: String"), "zwatchState.type", "must name it"),
            (replace(self.seed, "            values: {NotInstalled: Not installed, Running: Running, NotRunning: Not running}", "            values: {}"), "zwatchState.values", "non-empty"),
            (replace(self.seed, "            values: {NotInstalled: Not installed, Running: Running, NotRunning: Not running}", "            values: {A: a}\n            fields: {}"), "zwatchState", "not both"),
            (replace(self.seed, "operation-id: UpdateGuestToolsState", "operation-id: updateGuestToolsState"), "$.endpoint.operation-id", "UpperCamel"),
            (replace(self.seed, "path: /zstack", "path: zstack"), "$.endpoint.path", "starts with '/'"),
            (replace(self.seed, "execution: synchronous", "execution: sync"), "$.endpoint.execution"),
            (replace(self.seed, "  response:\n    status: 200", "  response:\n    status: 99"), "$.endpoint.response.status"),
            (replace(self.seed, "  title: Update Guest Tools State\n", ""), "$.endpoint", "'title' is a required property"),
            (replace(self.seed, "history: []", "history: [{description: x}]"), "$.endpoint.history[0]", "'version' is a required property"),
            (replace(self.seed, "  method: PUT", "  method: PUT\n  method: PUT"), "duplicate key 'method'"),
            (replace(self.seed, "apigen: 1\nendpoint:", "endpoint:") + "apigen: 1\n", "'apigen: 1' must be the first key"),
            (replace(self.seed, "userTags: {type: List<String>, description: User Tags}", "userTags: {type: List<String>}\n      nested: {type: Box, fields: {a: {type: String, outside-wrapper: true}}}"), "$.endpoint.body.fields.nested.fields.a.outside-wrapper", "unknown keyword"),
            ("apigen: 1\ntypes:\n  String: {values: {a: A}}\n", "$.types.String", "not a built-in type name"),
            ("apigen: 1\ntypes:\n  Color: {description: x}\n", "$.types.Color", "needs one of"),
            (replace(self.seed, "title: Update Guest Tools State", "title: {}"), "$.endpoint.title", "non-empty"),
            ("apigen: 1\ntypes:\n  List<String>: {values: {a: A}}\n", "$.types.List<String>", "not a built-in type name"),
        ]
        for text, *expected in cases:
            with self.subTest(expected=expected):
                self.assertInvalid(text, *expected)

    def test_schema_modeline(self):
        problems = self.problems(self.seed, name="a/b/spec.yaml", modeline=False)
        self.assertTrue(any("missing '# yaml-language-server: $schema=" in p for p in problems), problems)
        wrong = "# yaml-language-server: $schema=../schema/apigen-spec.schema.json\n" + self.seed
        path = self.folder.root / "wrong.yaml"
        path.write_text(wrong, encoding="utf-8")
        problems = [p.format("wrong.yaml") for p in checker.check_file(path, SCHEMA_PATH, self.validator)]
        self.assertTrue(any("does not lead to" in p for p in problems), problems)

    def test_command_line_reports_each_error_and_exits_1(self):
        self.folder.write("good.yaml", self.seed)
        self.folder.write("bad/bad.yaml", replace(replace(self.seed, "method: PUT", "method: GIT"), "apigen: 1", "apigen: 2"))
        result = subprocess.run(
            [sys.executable, str(SCRIPT), str(self.folder.root)], capture_output=True, text=True, timeout=120
        )
        self.assertEqual(result.returncode, 1, result.stdout)
        self.assertRegex(result.stdout, r"good\.yaml: OK")
        self.assertRegex(result.stdout, r"bad\.yaml:3:9: \$\.apigen: expected 1, found 2")
        self.assertRegex(result.stdout, r"bad\.yaml:11:11: \$\.endpoint\.method: \"GIT\" is not one of")
        self.assertIn("2 spec file(s) checked, 1 failed", result.stdout)


class LoaderTests(unittest.TestCase):
    """The checker reads YAML as YAML 1.2 editors do."""

    def load(self, text):
        data, _, problems = checker.load_spec(text)
        self.assertEqual(problems, [])
        return data

    def test_core_schema_scalars(self):
        data = self.load("a: yes\nb: 4.10\nc: 0o17\nd: 2017-01-06\ne: ~\nf: True\ng: on\nh: '4.10'\ni: 0x1F\nj: 010\n")
        self.assertEqual(data, {"a": "yes", "b": 4.1, "c": 15, "d": "2017-01-06", "e": None, "f": True, "g": "on", "h": "4.10", "i": 31, "j": 10})

    def test_keys_stay_text(self):
        self.assertEqual(list(self.load("{1: a, 2.50: b, true: c, null: d}")), ["1", "2.50", "true", "null"])

    def test_duplicate_keys_and_merge_keys(self):
        _, _, problems = checker.load_spec("a: 1\na: 2\n")
        self.assertIn("duplicate key 'a'", problems[0].message)
        self.assertEqual(self.load("b: &x {c: 1}\nd: {<<: *x}\n")["d"], {"<<": {"c": 1}})


if __name__ == "__main__":
    unittest.main()
