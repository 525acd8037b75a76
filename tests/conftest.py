"""Shared fixtures: the JSON Schema validator and paths to ../shared (skipped when absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCHEMA_PATH = ROOT / "lagebild" / "schema" / "analysis-1.json"


@pytest.fixture(scope="session")
def validate():
    """A function that validates an analysis dict against the shipped JSON Schema (and span texts)."""
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)

    def check(analysis: dict, text: str | None = None) -> dict:
        errors = sorted(validator.iter_errors(analysis), key=lambda e: list(e.path))
        assert not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
        if text is not None:
            for span in iter_spans(analysis):
                assert 0 <= span[0] <= span[1] <= len(text), f"span {span} is outside the text"
                assert text[span[0]:span[1]] == span[2], f"span {span} does not match the text"
        return analysis

    return check


def iter_spans(a: dict):
    for e in a["entities"] + a["places"]:
        yield from e["mentions"]
    for t in a["times"]:
        yield t["span"]
    for q in a["quantities"]:
        yield q["span"]
    for v in a["events"]:
        yield v["trigger"]
        yield from v.get("mentions", [])
    for c in a["claims"]:
        for key in ("speaker_span", "cue", "content"):
            if c.get(key):
                yield c[key]
        yield from c["hedges"]
    for r in a["relations"]:
        if r.get("evidence"):
            yield r["evidence"]


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (fresh clone)")
    return SHARED


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """The demo corpus ingested into a real store, once per test session (do not modify it)."""
    from lagebild.corpus.ingest import ingest
    from lagebild.io.readers import read_path
    from lagebild.store import Store

    path = tmp_path_factory.mktemp("demo-store") / "demo.db"
    with Store(path) as store:
        report = ingest(read_path(Path(__file__).resolve().parent.parent / "examples/demo-corpus/articles"), store)
    assert report.failed == 0 and report.crashed == 0
    return path
