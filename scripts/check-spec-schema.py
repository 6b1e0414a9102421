#!/usr/bin/env python3
"""Check apigen spec files against schema/apigen-spec.schema.json.

    python3 scripts/check-spec-schema.py [--schema FILE] [FOLDER_OR_FILE ...]

Every `*.yaml` / `*.yml` file below the given folders (default: the repository's
`api-specs`) is loaded and validated with jsonschema's Draft202012Validator. Each file must
also carry a `# yaml-language-server: $schema=<path>` line in its leading comments whose
path, taken relative to the file, names the schema file, so that editors find the schema.

Prints `FILE: OK` for a good file and `FILE:LINE:COLUMN: $.json.path: message` for each
problem; exits 1 if any file fails (or the schema itself is invalid), 0 otherwise.

YAML is read the way YAML 1.2 editors (yaml-language-server) read it: only `true`/`false`
are booleans, `yes`/`no`/`on`/`off` and dates stay text, and `4.10` is a number (the schema
accepts numbers where apigen keeps text verbatim, e.g. `since`). Mapping keys are always
their text, duplicate keys are errors and `<<` is not a merge key, as in apigen itself.

Needs PyYAML and jsonschema 4: `python3 -m pip install pyyaml jsonschema`.
"""

import argparse
import json
import math
import os
import re
import sys
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SCHEMA = REPO / "schema" / "apigen-spec.schema.json"
DEFAULT_FOLDER = REPO / "api-specs"
SPEC_SUFFIXES = (".yaml", ".yml")
MODELINE = re.compile(r"^#\s*yaml-language-server\s*:\s*\$schema=(\S*)")
NODE_BUDGET = 200_000  # nodes after alias expansion, as in apigen's YAMLLoader

NULL_TAG = "tag:yaml.org,2002:null"
BOOL_TAG = "tag:yaml.org,2002:bool"
INT_TAG = "tag:yaml.org,2002:int"
FLOAT_TAG = "tag:yaml.org,2002:float"


class CoreSchemaLoader(yaml.SafeLoader):
    """Resolves plain scalars by the YAML 1.2 core schema instead of PyYAML's YAML 1.1 rules."""

    yaml_implicit_resolvers = {}


for _tag, _pattern, _first in [
    (NULL_TAG, r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    (BOOL_TAG, r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    (INT_TAG, r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    (
        FLOAT_TAG,
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+.0123456789"),
    ),
]:
    CoreSchemaLoader.add_implicit_resolver(_tag, re.compile(_pattern), _first)


class Problem:
    """One finding in one file, with its position (1-based) when known."""

    def __init__(self, message, line=None, column=None, json_path=None):
        self.message = message
        self.line = line
        self.column = column
        self.json_path = json_path

    def format(self, display_path):
        where = display_path
        if self.line is not None:
            where += f":{self.line}:{self.column}"
        path = f"{self.json_path}: " if self.json_path else ""
        return f"{where}: {path}{self.message}"


def _at(mark, message, json_path=None):
    return Problem(message, mark.line + 1, mark.column + 1, json_path) if mark else Problem(message, json_path=json_path)


class _Converter:
    """Turns a composed YAML node tree into JSON-like values, remembering where each value and key is."""

    def __init__(self):
        self.value_marks = {}  # path tuple -> mark of the value
        self.key_marks = {}  # path tuple -> mark of the key that leads there
        self.problems = []
        self.budget = NODE_BUDGET
        self.active = set()

    def convert(self, node, path=()):
        self.budget -= 1
        if self.budget < 0:
            raise yaml.YAMLError(f"more than {NODE_BUDGET} nodes after expanding aliases")
        self.value_marks.setdefault(path, node.start_mark)
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node, path)
        if id(node) in self.active:
            self.problems.append(_at(node.start_mark, "an alias refers to a collection that contains it", json_path(path)))
            return None
        self.active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                return [self.convert(item, path + (index,)) for index, item in enumerate(node.value)]
            result = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    self.problems.append(_at(key_node.start_mark, "a key must be text, found a collection", json_path(path)))
                    continue
                key = key_node.value
                if key in result:
                    first = self.key_marks[path + (key,)]
                    self.problems.append(
                        _at(key_node.start_mark, f"duplicate key '{key}' (first at line {first.line + 1})", json_path(path))
                    )
                    continue
                self.key_marks[path + (key,)] = key_node.start_mark
                result[key] = self.convert(value_node, path + (key,))
            return result
        finally:
            self.active.discard(id(node))

    def scalar(self, node, path):
        text, tag = node.value, node.tag
        try:
            if tag == NULL_TAG:
                return None
            if tag == BOOL_TAG:
                if text.lower() not in ("true", "false"):
                    raise ValueError
                return text.lower() == "true"
            if tag == INT_TAG:
                if text[:2] in ("0o", "0x"):
                    return int(text[2:], 8 if text[1] == "o" else 16)
                return int(text, 10)
            if tag == FLOAT_TAG:
                lowered = text.lower()
                if lowered.endswith(".inf"):
                    return -math.inf if lowered.startswith("-") else math.inf
                if lowered == ".nan":
                    return math.nan
                return float(text)
        except ValueError:
            self.problems.append(_at(node.start_mark, f"'{text}' is not a valid {tag}", json_path(path)))
        return text  # strings, and scalars with other tags (apigen keeps their text)


def json_path(path):
    """`$.endpoint.path-parameters.uuid`, `$.history[0]`, like jsonschema's ValidationError.json_path."""
    result = "$"
    for element in path:
        result += f"[{element}]" if isinstance(element, int) else f".{element}"
    return result


def load_spec(text):
    """Returns (data, converter, problems) for the YAML text of one spec file."""
    loader = CoreSchemaLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        message = " ".join(part for part in (error.context, error.problem) if part) or str(error)
        return None, None, [_at(mark, f"YAML error: {message}")]
    except yaml.YAMLError as error:
        return None, None, [Problem(f"YAML error: {error}")]
    finally:
        loader.dispose()
    if node is None:
        return None, None, [Problem("the file is empty; a spec file starts with 'apigen: 1'", 1, 1)]
    converter = _Converter()
    try:
        data = converter.convert(node)
    except yaml.YAMLError as error:
        return None, None, [Problem(f"YAML error: {error}")]
    return data, converter, list(converter.problems)


def check_modeline(text, spec_path, schema_path):
    """The `# yaml-language-server: $schema=` line among the leading comments must lead to the schema."""
    expected = schema_path.resolve()
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            break
        match = MODELINE.match(stripped)
        if not match:
            continue
        target = match.group(1)
        if "://" in target or not target:
            return [Problem(f"'$schema={target}' must be the schema's path relative to this file", number, 1)]
        if (spec_path.parent / target).resolve() != expected:
            relative = Path(_relative(expected, spec_path.parent.resolve()))
            return [Problem(f"'$schema={target}' does not lead to {_display(expected)}; write '$schema={relative.as_posix()}'", number, 1)]
        return []
    relative = Path(_relative(expected, spec_path.parent.resolve()))
    return [Problem(f"missing '# yaml-language-server: $schema={relative.as_posix()}' in the leading comments", 1, 1)]


def _relative(target, start):
    return os.path.relpath(target, start)


def _display(path):
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _short(text, limit=240):
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _show(value, limit=80):
    """A value as JSON, shortened: 'GIT' shows as "GIT", None as null."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return _short(text, limit)


def _kind(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"a boolean ({_show(value)})"
    if isinstance(value, (int, float)):
        return f"a number ({_show(value)})"
    if isinstance(value, str):
        return f"a string ({_show(value)})"
    return "a list" if isinstance(value, list) else "a mapping"


def describe(error, converter):
    """A Problem for one jsonschema ValidationError, placed at the offending value or key."""
    path = tuple(error.absolute_path)
    mark = None
    message = error.message
    if "propertyNames" in error.absolute_schema_path:
        # propertyNames errors are reported at the mapping; point at the key instead.
        path = path + (error.instance,)
        mark = converter.key_marks.get(path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        extras = [key for key in error.instance if key not in known]
        if extras:
            mark = converter.key_marks.get(path + (extras[0],))
            names = ", ".join(f"'{key}'" for key in extras)
            message = f"unknown keyword {names}; allowed here: {', '.join(known)}"
            path = path + (extras[0],)
    elif error.validator == "pattern" and "patternErrorMessage" in error.schema:
        message = f"{_show(error.instance)}: {error.schema['patternErrorMessage']}"
    elif error.validator == "type":
        expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        names = [{"object": "mapping", "array": "list"}.get(name, name) for name in expected]
        wanted = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
        message = f"expected {wanted}, found {_kind(error.instance)}"
    elif error.validator == "enum":
        message = f"{_show(error.instance)} is not one of {', '.join(str(v) for v in error.validator_value)}"
    elif error.validator == "const":
        message = f"expected {_show(error.validator_value)}, found {_show(error.instance)}"
    elif error.validator == "not" and isinstance(error.validator_value, dict) and "description" in error.validator_value:
        message = error.validator_value["description"]
    elif error.validator in ("anyOf", "oneOf") and error.context:
        message = "needs one of: " + " | ".join(sorted({_short(sub.message, 80) for sub in error.context}))
    if mark is None:
        mark = converter.value_marks.get(path)
    return _at(mark, _short(message), json_path(path))


def check_file(spec_path, schema_path, validator):
    """All problems of one spec file, in file order."""
    try:
        raw = spec_path.read_bytes()
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        return [Problem(f"cannot read the file: {error}")]
    problems = check_modeline(text, spec_path, schema_path)
    data, converter, load_problems = load_spec(text)
    problems += load_problems
    if converter is not None:
        for error in validator.iter_errors(data):
            problems.append(describe(error, converter))
        if isinstance(data, dict) and "apigen" in data and next(iter(data)) != "apigen":
            problems.append(_at(converter.key_marks.get(("apigen",)), "'apigen: 1' must be the first key of a spec file", "$.apigen"))
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


def spec_files(targets):
    """Spec files below the given folders (or the given files), sorted; missing targets are returned apart."""
    files, missing = [], []
    for target in targets:
        if target.is_file():
            files.append(target)
        elif target.is_dir():
            files += sorted(p for p in target.rglob("*") if p.is_file() and p.suffix in SPEC_SUFFIXES)
        else:
            missing.append(target)
    return files, missing


def load_validator(schema_path):
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def main(argv=None, out=sys.stdout):
    parser = argparse.ArgumentParser(description="Validate apigen spec files against the JSON Schema.")
    parser.add_argument("targets", nargs="*", type=Path, help="folders (searched for *.yaml/*.yml) or files; default: api-specs")
    parser.add_argument("--schema", type=Path, default=DEFAULT_SCHEMA, help="the schema file (default: schema/apigen-spec.schema.json)")
    args = parser.parse_args(argv)

    try:
        validator = load_validator(args.schema)
    except (OSError, ValueError) as error:
        print(f"{_display(args.schema)}: cannot load the schema: {error}", file=out)
        return 1
    except SchemaError as error:
        print(f"{_display(args.schema)}: invalid JSON Schema: {error.message}", file=out)
        return 1

    files, missing = spec_files(args.targets or [DEFAULT_FOLDER])
    failed = len(missing)
    for target in missing:
        print(f"{_display(target)}: no such file or folder", file=out)
    if not files and not missing:
        print("no *.yaml or *.yml spec files found", file=out)
        return 1
    for spec_path in files:
        problems = check_file(spec_path, args.schema, validator)
        shown = _display(spec_path)
        if problems:
            failed += 1
            for problem in problems:
                print(problem.format(shown), file=out)
        else:
            print(f"{shown}: OK", file=out)
    print(f"{len(files)} spec file(s) checked, {failed} failed", file=out)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
