#!/usr/bin/env python3
"""Validate JSON documents against one of the project's JSON Schemas (draft 2020-12).

Usage: scripts/validate_json.py SCHEMA FILE [FILE ...]
Schemas may refer to their siblings in the same folder (e.g. "status.schema.json#/$defs/finding").
Exits 0 when every file is valid, 1 otherwise, printing each error with its JSON path.
"""
import json
import pathlib
import sys

import jsonschema
from referencing import Registry, Resource


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 64
    schema_path = pathlib.Path(argv[1])
    resources = []
    for sibling in schema_path.parent.glob("*.schema.json"):
        contents = json.loads(sibling.read_text(encoding="utf-8"))
        resource = Resource.from_contents(contents)
        resources.append((sibling.name, resource))
        resources.append((contents.get("$id", sibling.name), resource))
    registry = Registry().with_resources(resources)
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, registry=registry)
    failed = False
    for name in argv[2:]:
        document = json.loads(pathlib.Path(name).read_text(encoding="utf-8"))
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
            path = "/".join(str(p) for p in error.absolute_path) or "(root)"
            print(f"{name}: {path}: {error.message}", file=sys.stderr)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
