#!/usr/bin/env python3
"""docs/graph.schema.json accepts every graph the repository ships (examples/ and tests/examples/, the
files whose "format" is datosim-graph/1) and rejects statements the format does not allow. Needs
python3-jsonschema (tools/install-deps.sh installs it); fails, never skips, without it."""
import glob
import json
import os
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("schema_examples: python3-jsonschema is not installed (run tools/install-deps.sh as root)")

root = sys.argv[1] if len(sys.argv) > 1 else "."
with open(os.path.join(root, "docs/graph.schema.json")) as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

failures = []
checked = 0
files = sorted(glob.glob(os.path.join(root, "examples/**/*.json"), recursive=True) +
               glob.glob(os.path.join(root, "tests/examples/**/*.json"), recursive=True))
for path in files:
    with open(path) as f:
        try:
            graph = json.load(f)
        except json.JSONDecodeError:
            continue  # deliberately broken inputs of the diagnostics tests
    if not isinstance(graph, dict) or graph.get("format") != "datosim-graph/1":
        continue
    checked += 1
    for e in validator.iter_errors(graph):
        failures.append("%s: /%s: %s" % (os.path.relpath(path, root), "/".join(map(str, e.absolute_path)), e.message))
if checked < 20:
    failures.append("only %d graphs found under %s" % (checked, root))

# Statements the schema must reject (each alone in a task body).
bad = {
    "put with both from and value": {"put": "s", "from": "t", "value": 1},
    "put with neither": {"put": "s"},
    "while without max": {"while": "r != 0", "body": [{"set": "r", "value": 0}]},
    "while with an empty body": {"while": "r != 0", "max": 4, "body": []},
    "get_any without over": {"get_any": "s[l]", "into": "t"},
    "set without value": {"set": "r"},
    "unknown statement": {"sett": "r", "value": 1},
}
for what, stmt in bad.items():
    graph = {"format": "datosim-graph/1", "name": "g", "tasks": {"t": {"mapping": [1], "body": [stmt]}}}
    if validator.is_valid(graph):
        failures.append("the schema accepts a %s: %s" % (what, json.dumps(stmt)))
good = {"format": "datosim-graph/1", "name": "g",
        "tasks": {"t": {"mapping": [1], "vars": {"r": 4, "l": "N"},
                        "body": [{"get_any": "s[l]", "over": "l", "into": "r"}, {"set": "r", "value": "r + 1"},
                                 {"while": "r != 0", "max": 4, "body": [{"put": "s", "value": "r"}]}]}}}
for e in validator.iter_errors(good):
    failures.append("the schema rejects run-time control: /%s: %s" % ("/".join(map(str, e.absolute_path)), e.message))

for f in failures:
    print(f, file=sys.stderr)
print("schema_examples: %d graphs, %d failures" % (checked, len(failures)))
sys.exit(1 if failures else 0)
