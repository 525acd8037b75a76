"""lagebild eval petrarch: records and actor dictionary written for the project in PETRARCH's
layouts (with a floor), and the public unit-test records where ../shared is at hand."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lagebild.eval.petrarch import actor_records, evaluate, read_records
from lagebild.pipeline import default_resources

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures" / "petrarch"
SHARED = ROOT.parent / "shared" / "data" / "dev" / "petrarch2" / "PETR.UnitTest.records.xml"


def test_records_and_actors_are_read():
    records = read_records(FIX / "records.xml")
    assert [r.codings for r in records] == [[("ARN", "GON", "190")], [("GON", "ROH", "057")], [("ROH", "ARN", "112")],
                                            [("ARN", "ROH", "191")], [("GON", "ROH", "043")]]
    assert [(a["name"], a["code"]) for a in actor_records(FIX / "actors.txt")] == [
        ("Arnor", "ARN"), ("Gondor", "GON"), ("Rohan", "ROH")]


def test_floor_on_the_project_records_and_the_shipped_kb_is_restored():
    before = default_resources()
    r = evaluate(FIX / "records.xml", FIX / "actors.txt")
    assert r["root_accuracy"] == 1.0 and r["source_accuracy"] == 1.0 and r["target_accuracy"] == 1.0
    assert default_resources() is before  # the fictional actors do not leak into later analyses


def test_missing_actor_dictionary_is_one_line(tmp_path):
    (tmp_path / "r.xml").write_text((FIX / "records.xml").read_text(), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "lagebild.cli", "eval", "petrarch", str(tmp_path / "r.xml")],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2 and "actor dictionary" in proc.stderr and proc.stderr.count("\n") == 1


@pytest.mark.skipif(not SHARED.is_file(), reason="../shared PETRARCH2 records not present")
def test_public_records_are_read_and_their_actors_found():
    r = evaluate(SHARED, limit=60)
    assert r["records"] == 60 and r["gold_codings"] == 83
    assert r["predicted_events"] >= 25 and r["root_accuracy"] >= 0.03  # today's level: a floor, not a target


def test_codes_plover_maps():
    from lagebild.eval.petrarch import plover_maps

    assert plover_maps("190") and plover_maps("064") and plover_maps("1721")
    assert not plover_maps("023") and not plover_maps("010") and not plover_maps("911")  # appeals, statements, PETRARCH


@pytest.mark.skipif(not SHARED.is_file(), reason="../shared PETRARCH2 records not present")
def test_public_records_with_their_own_verb_dictionary():
    r = evaluate(SHARED, verbs=SHARED.parent / "PETR.Validate.verbs.txt")
    assert r["plover_codings"] == 274 and r["plover_root_accuracy"] >= 0.85 and r["root_accuracy"] >= 0.65, r
    assert r["source_accuracy"] >= 0.80 and r["target_accuracy"] >= 0.80, r


DATED = """ARNOR [ARN]
GONDOR
\t[--- <950630]
\t[GON]
ROHAN
\t[OLD <790606]
\t[ROH]
"""


def test_an_actor_has_the_code_of_the_records_date(tmp_path):
    # PETRARCH's dated codes: "[--- <950630] [GON]" is no actor before 30 June 1995 and GON after; the loader took
    # the first code, so Gondor was no actor at all and Rohan kept its old code
    path = tmp_path / "actors.txt"
    path.write_text(DATED, encoding="utf-8")
    codes = {d: [(a["name"], a["country"]) for a in actor_records(path, d)] for d in (None, "1990-01-01", "1999-08-09")}
    assert codes[None] == codes["1999-08-09"] == [("Arnor", "ARN"), ("Gondor", "GON"), ("Rohan", "ROH")]
    assert codes["1990-01-01"] == [("Arnor", "ARN"), ("Gondor", None), ("Rohan", "ROH")]
    assert [(a["name"], a["country"]) for a in actor_records(path, "1978-01-01")][2] == ("Rohan", "OLD")
    assert [r.date for r in read_records(FIX / "records.xml")][:2] == ["2025-03-01", "2025-03-02"]


def test_records_are_coded_with_the_actor_codes_of_their_date(tmp_path):
    (tmp_path / "actors.txt").write_text(DATED, encoding="utf-8")
    (tmp_path / "records.xml").write_text(
        '<Validation><Sentences><Sentence date="19990809" id="T-1" sentence="true">'
        '<EventCoding sourcecode="ARN" targetcode="GON" eventcode="190"></EventCoding>'
        '<Text>Arnor attacked Gondor on Monday.</Text></Sentence></Sentences></Validation>', encoding="utf-8")
    r = evaluate(tmp_path / "records.xml", tmp_path / "actors.txt")
    assert (r["root_accuracy"], r["source_accuracy"], r["target_accuracy"]) == (1.0, 1.0, 1.0)
