#!/usr/bin/env python3
"""Validates OpenAPI documents with openapi-spec-validator (the OpenAPI 3.1 schema and its rules,
such as unique operation ids and declared path parameters); prints each file's result and exits 1
when one is invalid.

    python3 scripts/check-openapi.py FILE...
"""
import sys

from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename


def main(paths):
    failed = 0
    for path in paths:
        try:
            document, _ = read_from_filename(path)
            validate(document)
        except Exception as error:  # the validator's errors carry the path inside the document
            failed += 1
            print(f"{path}: error: {str(error).splitlines()[0]}", file=sys.stderr)
            continue
        operations = sum(
            1 for item in document.get("paths", {}).values() for method in item if method in
            ("get", "put", "post", "delete", "patch"))
        print(f"{path}: valid OpenAPI {document['openapi']}, {operations} operations, "
              f"{len(document.get('components', {}).get('schemas', {}))} schemas")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
