"""ingest, stats, query and export through the command line, against a real SQLite store."""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "examples" / "demo-corpus" / "articles"

GEOJSON_SCHEMA = {  # the parts of RFC 7946 the export uses
    "type": "object", "required": ["type", "features"],
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {"type": "array", "items": {
            "type": "object", "required": ["type", "geometry", "properties"],
            "properties": {
                "type": {"const": "Feature"},
                "properties": {"type": "object"},
                "geometry": {"type": "object", "required": ["type", "coordinates"], "properties": {
                    "type": {"const": "Point"},
                    "coordinates": {"type": "array", "minItems": 2, "maxItems": 2, "prefixItems": [
                        {"type": "number", "minimum": -180, "maximum": 180},
                        {"type": "number", "minimum": -90, "maximum": 90}]}}}}}}},
}


def run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "lagebild.cli", *args], capture_output=True, text=True, cwd=ROOT)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    out = run("ingest", str(ARTICLES), "--db", str(path), "--format", "json")
    summary = json.loads(out.stdout)
    assert summary["added"] == len(list(ARTICLES.glob("*.md"))) and summary["failed"] == 0
    return path


def test_reingest_reports_nothing_added(db):
    summary = json.loads(run("ingest", str(ARTICLES), "--db", str(db), "--format", "json").stdout)
    assert summary["added"] == 0 and summary["skipped"] == len(list(ARTICLES.glob("*.md")))


def test_stats_json_counts(db):
    stats = json.loads(run("stats", "--db", str(db), "--format", "json").stdout)
    assert stats["counts"]["documents"] == len(list(ARTICLES.glob("*.md")))
    assert stats["syndicated_copies"] >= 5
    assert stats["claim_links"]["contradicts"] > 0 and stats["claim_links"]["supports"] > 0


def test_query_events_by_type_actor_and_period(db):
    rows = json.loads(run("query", "events", "--db", str(db), "--type", "PROTEST", "--format", "json").stdout)
    assert rows and all(r["type"] == "PROTEST" for r in rows)
    rows = json.loads(run("query", "events", "--db", str(db), "--actor", "RUS", "--since", "2025-03-15",
                          "--until", "2025-03-31", "--format", "json").stdout)
    assert rows and all("2025-03-15" <= r["date"] <= "2025-03-31" for r in rows)
    assert all("RUS" in (r["source_country"], r["target_country"]) for r in rows)
    rows = json.loads(run("query", "events", "--db", str(db), "--place", "Odesa", "--format", "json").stdout)
    assert rows and {r["place"] for r in rows} == {"Odesa"}


def test_query_claims_by_speaker_and_status(db):
    rows = json.loads(run("query", "claims", "--db", str(db), "--status", "denied", "--format", "json").stdout)
    assert rows and {r["status"] for r in rows} == {"denied"}
    rows = json.loads(run("query", "claims", "--db", str(db), "--speaker", "RUS", "--format", "json").stdout)
    assert rows and all(r["speaker_country"] == "RUS" for r in rows)


def test_query_board_shows_sides_with_independent_sources(db):
    stories = json.loads(run("query", "stories", "--db", str(db), "--format", "json").stdout)
    protest = next(s for s in stories if "Tiflis" in s["label"] or "Tbilisi" in s["label"])
    boards = json.loads(run("query", "board", "--db", str(db), "--story", str(protest["story"]),
                            "--format", "json").stdout)
    props = {p["proposition"]: p for p in boards[0]["board"]}
    crowd = props["amount:protesters"]
    assert crowd["contradicted"] and len(crowd["sides"]) >= 2
    assert all(s["independent_sources"] >= 1 for s in crowd["sides"])
    text = run("query", "board", "--db", str(db), "--story", str(protest["story"])).stdout
    assert "how many protesters — CONTRADICTED" in text


def test_query_search_and_a_bad_search_is_one_line(db):
    rows = json.loads(run("query", "search", "--db", str(db), "Pokrowsk", "--format", "json").stdout)
    assert rows and all("[" in r["snippet"] for r in rows)
    bad = run("query", "search", "--db", str(db), '"unbalanced', check=False)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "full-text query" in bad.stderr


def test_query_csv_output(db):
    out = run("query", "stories", "--db", str(db), "--format", "csv").stdout
    rows = list(csv.DictReader(out.splitlines()))
    assert rows and "contradictions" in rows[0]


def test_export_geojson_validates(db, tmp_path):
    import jsonschema

    out = tmp_path / "events.geojson"
    run("export", "--db", str(db), "--format", "geojson", "--out", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, GEOJSON_SCHEMA)
    assert len(data["features"]) > 10


def test_export_gdelt_tsv_has_the_documented_columns(db, tmp_path):
    from lagebild.io.exports import GDELT_COLUMNS

    out = tmp_path / "events.tsv"
    run("export", "--db", str(db), "--format", "gdelt", "--out", str(out))
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines(), delimiter="\t"))
    assert tuple(rows[0]) == GDELT_COLUMNS
    assert len(rows) > 20 and all(len(r) == len(GDELT_COLUMNS) for r in rows)
    head = dict(zip(rows[0], rows[1], strict=True))
    assert len(head["SQLDATE"]) == 8 and head["QuadClass"] in {"1", "2", "3", "4"}
    doc = (ROOT / "docs" / "store.md").read_text(encoding="utf-8")
    assert all(f"`{c}`" in doc for c in GDELT_COLUMNS)


def test_export_parquet_is_readable_and_complete(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    from lagebild.io.exports import TABLES

    run("export", "--db", str(db), "--format", "parquet", "--out", str(tmp_path / "pq"))
    conn = sqlite3.connect(db)
    for table in TABLES:
        t = pq.read_table(tmp_path / "pq" / f"{table}.parquet")
        assert t.num_rows == conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608


def test_export_csv_and_jsonl(db, tmp_path):
    run("export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "csv"))
    with (tmp_path / "csv" / "claims.csv").open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) > 100
    run("export", "--db", str(db), "--format", "jsonl", "--out", str(tmp_path / "all.jsonl"))
    lines = (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert first["schema"] == "lagebild.analysis/1" and "story" in first["store"]


@pytest.mark.parametrize("args, message", [
    (("stats", "--db", "missing.db"), "no such store"),
    (("query", "board", "--db", "{db}", "--story", "999"), "no story 999"),
    (("export", "--db", "{db}", "--format", "geojson", "--out", "{tmp}"), "is a folder"),
])
def test_errors_are_one_line(db, tmp_path, args, message):
    args = tuple(a.format(db=db, tmp=tmp_path) for a in args)
    proc = run(*args, check=False)
    assert proc.returncode == 2 and message in proc.stderr and proc.stderr.count("\n") == 1


def test_ingest_into_a_file_that_is_not_a_store(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_text("not a database " * 200)
    proc = run("ingest", str(ARTICLES), "--db", str(junk), check=False)
    assert proc.returncode == 2 and "not a usable lagebild store" in proc.stderr
    assert junk.read_text() == "not a database " * 200


def test_ingest_reports_bad_inputs_and_keeps_the_good(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("Russland hat am Montag Truppen an die Grenze verlegt, sagte ein"
                                              " Sprecher der ukrainischen Armee.", encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    proc = run("ingest", str(tmp_path / "in"), "--db", str(tmp_path / "s.db"), check=False)
    assert proc.returncode == 2
    assert "empty input" in proc.stderr and "binary data" in proc.stderr
    assert "1 added" in proc.stdout
