"""The Spark job against the single-process ingest, on the same input: identical documents, events,
claims, relations and every other per-document table; the same copies and stories; and
load-parquet gives exactly the store ingest gives. Runs Spark in local[2]; skipped without
pyspark or Java."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path

import pytest

pytest.importorskip("pyspark")
pytest.importorskip("pandas")
ds = pytest.importorskip("pyarrow.dataset")
if not shutil.which("java"):
    pytest.skip("Spark needs a Java runtime", allow_module_level=True)

from lagebild.corpus.ingest import ingest  # noqa: E402
from lagebild.io.readers import read_path  # noqa: E402
from lagebild.spark import run  # noqa: E402
from lagebild.spark.load import load_parquet  # noqa: E402
from lagebild.store import Store  # noqa: E402
from lagebild.store.store import ROW_TABLES  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "data" / "corpora" / "en-bbc" / "bbc"


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("spark")
    source = tmp / "articles.jsonl"
    articles = [a for a in read_path(ROOT / "examples" / "demo-corpus" / "articles")]
    if BBC.is_dir():  # a few hundred real articles where ../shared is at hand
        articles += [a for a in read_path(BBC / "politics") if not isinstance(a, Exception)][:250]
    with source.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "text": a.text, "title": a.title, "source": a.source, "url": a.url,
                                 "published": a.published, "lang": a.lang}, ensure_ascii=False) + "\n")
    counts = run(str(source), str(tmp / "out"), master="local[2]")
    with Store(tmp / "ingest.db") as store:
        ingest(read_path(source), store)
    return {"out": tmp / "out", "db": tmp / "ingest.db", "counts": counts, "n": len(articles), "tmp": tmp}


def _table(out: Path, name: str, columns=None) -> list[dict]:
    return ds.dataset(str(out / name), format="parquet").to_table(columns=columns).to_pylist()


def test_every_article_analysed(runs):
    docs = _table(runs["out"], "documents", ["id", "error"])
    conn = sqlite3.connect(runs["db"])
    assert runs["counts"]["failed"] == 0
    assert len(docs) == conn.execute("SELECT count(*) FROM documents").fetchone()[0] >= 37
    assert sorted(d["id"] for d in docs) == list(range(1, len(docs) + 1))


def test_documents_and_per_document_tables_are_identical(runs):
    conn = sqlite3.connect(runs["db"])
    spark_docs = sorted((r["id"], r["key"], r["ext_id"], r["analysis"]) for r in
                        _table(runs["out"], "documents", ["id", "key", "ext_id", "analysis"]))
    assert spark_docs == sorted(conn.execute("SELECT id, key, ext_id, analysis FROM documents"))
    for table in ROW_TABLES:
        stored = sorted(tuple(r) for r in conn.execute(f"SELECT * FROM {table}"))  # noqa: S608
        assert sorted(tuple(r.values()) for r in _table(runs["out"], table)) == stored, table


def test_same_copies_and_stories(runs):
    conn = sqlite3.connect(runs["db"])
    copies = sorted((r["doc_id"], r["original_id"]) for r in _table(runs["out"], "copies"))
    assert copies == sorted(conn.execute("SELECT id, original_id FROM documents WHERE original_id IS NOT NULL"))
    assert len(copies) >= 6

    def partition(pairs):
        groups = defaultdict(set)
        for doc, story in pairs:
            groups[story].add(doc)
        return sorted(sorted(g) for g in groups.values())

    def demo_part(groups):  # the demo corpus (ids 1-37) is grouped the same way by both
        return sorted(sorted(d for d in g if d <= 37) for g in groups if min(g) <= 37)

    spark_stories = partition((r["doc_id"], r["story_id"]) for r in _table(runs["out"], "stories"))
    stored = partition(conn.execute("SELECT id, story_id FROM documents"))
    assert demo_part(spark_stories) == demo_part(stored)
    assert len(demo_part(stored)) == 9


def test_claim_links_on_the_demo_stories(runs):
    conn = sqlite3.connect(runs["db"])
    stored = Counter((a, ac, b, bc, t) for t, a, ac, b, bc in conn.execute(
        "SELECT type, a_doc, a_claim, b_doc, b_claim FROM claim_links WHERE a_doc <= 37 AND b_doc <= 37"))
    spark = Counter((r["a_doc"], r["a_claim"], r["b_doc"], r["b_claim"], r["type"]) for r in
                    _table(runs["out"], "claim_links") if r["a_doc"] <= 37 and r["b_doc"] <= 37)
    assert stored and spark == stored


def test_load_parquet_gives_the_ingest_store(runs):
    from test_corpus import TABLES, dump

    loaded = runs["tmp"] / "loaded.db"
    with Store(loaded) as store:
        counts = load_parquet(runs["out"], store)
    assert counts["added"] >= 37 and counts["failed"] == 0
    assert dump(loaded) == dump(runs["db"])
    with Store(loaded) as store:
        assert load_parquet(runs["out"], store)["added"] == 0
    assert TABLES


def test_parquet_input_keeps_order_and_metadata(runs):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from lagebild.spark.job import read_articles, session

    src = runs["tmp"] / "articles.parquet"
    pq.write_table(pa.table({"text": ["Erster Text.", "Second text.", "Dritter Text."],
                             "source": ["Isarpost", None, "Spreebote"], "published": ["2025-03-01", None, None]}),
                   src)
    spark = session("local[2]")
    try:
        rows = read_articles(spark, str(src)).orderBy("seq").collect()
    finally:
        spark.stop()
    assert [r["text"] for r in rows] == ["Erster Text.", "Second text.", "Dritter Text."]
    assert [r["seq"] for r in rows] == [0, 1, 2] and rows[0]["source"] == "Isarpost"
    assert rows[1]["ext_id"].endswith(":2")
