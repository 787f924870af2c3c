"""Runs the kgx command line with the Biolink model of the installed biolink-model package.

kgx loads the Biolink Model Toolkit when it is imported, and the toolkit's default schema and
predicate map are GitHub URLs, as are the JSON-LD prefix contexts in kgx's config.yml: without
network access kgx cannot start. This sets the toolkit's defaults to the schema the biolink-model
package ships (and an empty predicate map, which validation does not use), fills kgx's context
cache from the prefix maps the installed packages ship, adds the prefixes a graph declares as its
own (the `curie_map` of a graph-metadata.json beside the input files, as resistkg's export writes
it: RESISTKG, CELLOSAURUS), then runs kgx with the given arguments, e.g.
`.venv-kgx/bin/python scripts/kgx-offline.py validate --input-format jsonl nodes.jsonl edges.jsonl`.
"""
import sys
from importlib.resources import files
from pathlib import Path

import bmt.toolkit

SCHEMA = str(files("biolink_model") / "schema" / "biolink_model.yaml")
bmt.toolkit.Toolkit.__init__.__defaults__ = (SCHEMA, {"predicate mappings": []})

import json  # noqa: E402

import kgx.config  # noqa: E402


def _load(package: str, *parts: str) -> dict:
    content = json.loads(files(package).joinpath("/".join(parts)).read_text(encoding="utf-8"))
    return content.get("@context", content)


kgx.config.jsonld_context_map.update(
    {
        "biolink": _load("biolink_model", "prefixmaps", "biolink_model_prefix_map.json"),
        "monarch_context": _load("prefixcommons", "registry", "monarch_context.jsonld"),
        "obo_context": _load("prefixcommons", "registry", "obo_context.jsonld"),
    }
)

for arg in sys.argv[1:]:
    meta = Path(arg).parent / "graph-metadata.json"
    if arg.endswith((".jsonl", ".tsv", ".json")) and meta.exists():
        kgx.config.jsonld_context_map["biolink"].update(json.loads(meta.read_text()).get("curie_map", {}))

from kgx.cli import cli  # noqa: E402  (after the defaults are set)

sys.exit(cli())
