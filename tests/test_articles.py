"""Acceptance tests: articles written for the project, each with the findings an analyst expects.

Each ``tests/articles/NAME.txt`` has ``NAME.expected.json`` (format in tests/articles/README.md).
Every assertion is checked separately so a failure names exactly what is missing.
"""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path

import pytest

from lagebild import analyze

ARTICLES = Path(__file__).parent / "articles"
CASES = sorted(p.name.removesuffix(".expected.json") for p in ARTICLES.glob("*.expected.json"))


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def low(s):
    return (s or "").lower()


@functools.cache
def _analysis(name: str):
    exp = json.loads((ARTICLES / f"{name}.expected.json").read_text("utf-8"))
    text = (ARTICLES / f"{name}.txt").read_text("utf-8")
    return analyze(text, lang=exp["lang"], published=exp["published"], doc_id=name).to_json(), exp, text


def _items(name: str):
    exp = json.loads((ARTICLES / f"{name}.expected.json").read_text("utf-8"))
    gaps = {(g["kind"], g["index"]): g["reason"] for g in exp.get("known_gaps", [])}
    for kind in ("entities", "places", "times", "quantities", "events", "claims", "relations"):
        for k, item in enumerate(exp.get(kind, [])):
            marks = [pytest.mark.xfail(strict=True, reason=gaps[(kind, k)])] if (kind, k) in gaps else []
            yield pytest.param(name, kind, item, id=f"{name}-{kind}-{k}", marks=marks)
    for key, value in (exp.get("absent") or {}).items():
        yield pytest.param(name, "absent", {key: value}, id=f"{name}-absent-{key}")


PARAMS = [p for name in CASES for p in _items(name)]


def _match_entity(a, item):
    for e in a["entities"]:
        if not any(low(item["mention"]) in low(m[2]) for m in e["mentions"]):
            continue
        if all(e.get(k) == item[k] for k in ("country", "sector", "code") if k in item):
            return True
    return False


def _match_place(a, item):
    for p in a["places"]:
        named = any(low(item["mention"]) in low(m[2]) for m in p["mentions"])
        near = p.get("lat") is not None and km(p["lat"], p["lon"], item["lat"], item["lon"]) <= item.get("km", 50)
        if named and near:
            return True
    return False


def _match_time(a, item):
    return any(item["text"] in t["span"][2] and t["start"] == item.get("start", t["start"])
               and t["end"] == item.get("end", t["end"]) for t in a["times"])


def _match_quantity(a, item):
    for q in a["quantities"]:
        if item["text"] not in q["span"][2] and q["span"][2] not in item["text"]:
            continue
        if all(q.get(k) == item[k] for k in ("min", "max", "value", "unit", "currency") if k in item):
            return True
    return False


def _match_event(a, item):
    claims = {c["id"]: c for c in a["claims"]}
    for v in a["events"]:
        if v["type"] != item["type"]:
            continue
        if "source" in item and (v.get("source") or {}).get("country") != item["source"]:
            continue
        if "target" in item and (v.get("target") or {}).get("country") != item["target"]:
            continue
        triggers = [v["trigger"][2]] + [m[2] for m in v.get("mentions", [])]
        if "trigger" in item and not any(low(item["trigger"]) in low(t) for t in triggers):
            continue
        if "status" in item and item["status"] not in {claims[c]["status"] for c in v["claims"] if c in claims}:
            continue
        return True
    return False


def _match_claim(a, item):
    for c in a["claims"]:
        if "cue" in item and low(item["cue"]) not in low((c.get("cue") or [0, 0, ""])[2]):
            continue
        if "speaker" in item:
            if item["speaker"] is None and c.get("speaker"):
                continue
            said_by = low((c.get("speaker_span") or [0, 0, ""])[2])
            if item["speaker"] is not None and low(item["speaker"]) not in said_by:
                continue
        if "speaker_country" in item:
            ent = next((e for e in a["entities"] if e["id"] == c.get("speaker")), {})
            if ent.get("country") != item["speaker_country"]:
                continue
        if "status" in item and c["status"] != item["status"]:
            continue
        if "hedge" in item and not any(low(item["hedge"]) in low(h[2]) for h in c["hedges"]):
            continue
        if "content" in item and low(item["content"]) not in low(c["content"][2]):
            continue
        return True
    return False


def _match_relation(a, item):
    claims = {c["id"]: c for c in a["claims"]}
    types = item["type"] if isinstance(item["type"], list) else [item["type"]]
    for r in a["relations"]:
        if r["type"] not in types or r["from"] not in claims or r["to"] not in claims:
            continue
        x, y = claims[r["from"]], claims[r["to"]]
        for p, q in ((x, y), (y, x)):
            if low(item["cue_a"]) in low((p.get("cue") or [0, 0, ""])[2]) and low(item["cue_b"]) in low(
                    (q.get("cue") or [0, 0, ""])[2]):
                return True
    return False


def _check_absent(a, item, text):
    if "events_after" in item:
        at = text.index(item["events_after"])
        return not [v["trigger"] for v in a["events"] if v["trigger"][0] >= at]
    if "places" in item:
        return not [m for p in a["places"] for m in p["mentions"] for s in item["places"] if low(s) in low(m[2])]
    if "entity_countries_only" in item:
        allowed = set(item["entity_countries_only"]) | {None}
        return all(e.get("country") in allowed for e in a["entities"])
    raise AssertionError(f"unknown absent check {item}")


MATCHERS = {"entities": _match_entity, "places": _match_place, "times": _match_time,
            "quantities": _match_quantity, "events": _match_event, "claims": _match_claim,
            "relations": _match_relation}


@pytest.mark.parametrize("name", CASES)
def test_article_is_schema_valid(name, validate):
    a, _exp, text = _analysis(name)
    validate(a, text)


@pytest.mark.parametrize(("name", "kind", "item"), PARAMS)
def test_expected_finding(name, kind, item):
    a, _exp, text = _analysis(name)
    if kind == "absent":
        assert _check_absent(a, item, text), f"{name}: found what must be absent: {item}"
    else:
        assert MATCHERS[kind](a, item), f"{name}: missing {kind[:-1]} {item}"
