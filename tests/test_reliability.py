"""Reliability: hostile input, properties over any text, store round-trips, crashes, concurrency.

The scenarios and their measured results are listed in docs/reliability.md.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.pipeline import analyze, normalise_text
from lagebild.store import Store

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "examples" / "demo-corpus" / "articles"
CLI = [sys.executable, "-m", "lagebild.cli"]

WORDS = ["Russland", "die", "Ukraine", "sagte", "am", "Montag", "12.000", "Soldaten", "bis", "zu", "Kiew",
         "said", "troops", "Moscow", "denied", "„", "“", "\"", ".", ",", "(", ")", "–", "\n", "\n\n", "Dr.",
         "2024.", "Nordkorea", "soll", "angeblich", "Region", "Kursk", "Angriff", "Waffenruhe", "ℌ", "é", "ß",
         "\u200b", "\u00ad", "𝔘", "🙂", "ﬁ", "ǅ", "İ", "\t", "\r\n", "\u2028", "\x00"]
texts = st.one_of(st.text(max_size=400), st.lists(st.sampled_from(WORDS), max_size=120).map(" ".join))


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=ROOT, timeout=timeout)


# -- properties ---------------------------------------------------------------------------------

@given(text=texts, lang=st.sampled_from([None, "de", "en"]))
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
def test_any_text_gives_a_valid_analysis(validate, text, lang):
    doc = analyze(text, lang=lang, published="2025-03-04")
    validate(doc.to_json(), normalise_text(text))


@given(text=texts.filter(lambda t: t.strip()))
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
def test_store_round_trip_is_lossless(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("rt") / "s.db"
    from lagebild.corpus import store_analysed

    doc = analyze(text, published="2025-03-04", source="Isarpost")
    original = doc.to_json()
    with Store(path) as store:
        doc_id = store_analysed(store, doc.text, original, ext_id="x", analyser="test")
        assert store.analysis(doc_id) == json.loads(json.dumps(original))
        row = store.document(doc_id)
        assert row["text"] == doc.text
        assert store.conn.execute("SELECT count(*) FROM events WHERE doc_id = ?", (doc_id,)).fetchone()[0] == \
            len(original["events"])


# -- hostile input ------------------------------------------------------------------------------

def test_huge_single_line_file_is_refused_in_bounded_time(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as fh:
        for _ in range(50):
            fh.write("Russland " * 116_000)  # 50 MB on one line
    db = tmp_path / "s.db"
    assert run("ingest", str(ARTICLES / "drone-odesa-01.en.md"), "--db", str(db)).returncode == 0
    started = time.monotonic()
    default = run("ingest", str(big), "--db", str(db))
    assert default.returncode == 2 and "too large" in default.stderr
    allowed = run("ingest", str(big), "--db", str(db), "--max-bytes", "60000000")
    assert allowed.returncode == 2 and "too long to analyse" in allowed.stderr
    assert allowed.stderr.count("\n") == 1 and "Traceback" not in allowed.stderr
    assert time.monotonic() - started < 90
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


@pytest.mark.parametrize("name, html", [
    ("nested.html", "<html><body>" + "<div>" * 50_000 + "<p>Russland hat Truppen verlegt, sagte ein Sprecher."
     " Die Ukraine widersprach.</p>" + "</div>" * 50_000 + "</body></html>"),
    ("malformed.html", "<html><body><p>Russland hat <b>Truppen <i>verlegt</p></div></span><p>Die Ukraine"
     " widersprach am Montag der Darstellung des Kremls und sprach von einem Angriff.<table><tr><td>"
     "</body>"),
    ("script.html", "<html><head><script>alert(1)</script></head><body><article><p>" + "Russland verlegt"
     " Truppen an die Grenze, teilte das ukrainische Militär mit. " * 20 + "</p></article></body></html>"),
])
def test_bad_html_gives_a_result_or_one_clear_line(tmp_path, name, html):
    (tmp_path / name).write_text(html, encoding="utf-8")
    started = time.monotonic()
    proc = run("ingest", str(tmp_path / name), "--db", str(tmp_path / "s.db"), "--format", "json")
    assert time.monotonic() - started < 60
    assert "Traceback" not in proc.stderr
    if proc.returncode == 0:
        assert json.loads(proc.stdout)["added"] == 1
    else:
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1


def test_external_entity_feed_is_refused(tmp_path):
    feed = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            '<rss version="2.0"><channel><title>x</title><item><title>&xxe;</title>'
            '<description>&xxe;</description></item></channel></rss>')
    (tmp_path / "feed.rss").write_text(feed, encoding="utf-8")
    proc = run("ingest", str(tmp_path / "feed.rss"), "--db", str(tmp_path / "s.db"))
    assert proc.returncode == 2 and "XML entities" in proc.stderr and "root:" not in proc.stdout + proc.stderr


@pytest.mark.parametrize("data, message", [
    ("Die Armee zog ab.\n".encode("latin-1") + "Gespräche in Genf".encode("latin-1"), "not valid UTF-8"),
    ("Gespräche".encode() + b" und " + "Gespräche".encode("latin-1"), "not valid UTF-8"),  # mixed
    (b"\xff\xfe" + "Die Armee zog ab.".encode("utf-16-le"), None),
    (b"\x00\x01\x02\x03" * 1000, "binary"),
    (b"", "empty"),
])
def test_encodings(tmp_path, data, message):
    (tmp_path / "a.txt").write_bytes(data)
    proc = run("ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.db"))
    if message is None:
        assert proc.returncode == 0
    else:
        assert proc.returncode == 2 and message in proc.stderr and proc.stderr.count("\n") == 1


def test_static_files_cannot_leave_their_folder(demo_db):
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    from fastapi.testclient import TestClient

    from lagebild.web.app import create_app

    client = TestClient(create_app(demo_db))
    for path in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2f..%2fpyproject.toml",
                 "/static//etc/passwd"):
        r = client.get(path)
        assert r.status_code == 404 and b"create_app" not in r.content and b"root:" not in r.content


# -- crashes and concurrency --------------------------------------------------------------------

def _clean_dump(demo_db) -> dict:
    from test_corpus import dump

    return dump(demo_db)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_sigkill_at_a_random_moment_loses_nothing(demo_db, tmp_path, seed):
    from test_corpus import dump

    db = tmp_path / "k.db"
    cmd = [*CLI, "ingest", str(ARTICLES), "--db", str(db), "--no-progress"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    time.sleep(random.Random(seed).uniform(2.0, 4.5))  # start-up is about 2 s; the corpus takes about 2 s more
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    if db.exists():
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    assert dump(db) == dump(demo_db)


def test_serve_answers_while_ingest_writes(tmp_path):
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    from fastapi.testclient import TestClient

    from lagebild.web.app import create_app

    db = tmp_path / "live.db"
    assert run("ingest", str(ARTICLES / "drone-odesa-01.en.md"), "--db", str(db)).returncode == 0
    client = TestClient(create_app(db))
    proc = subprocess.Popen([*CLI, "ingest", str(ARTICLES), "--db", str(db), "--no-progress"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    statuses, counts = [], []
    while proc.poll() is None:
        for url in ("/api/stats", "/api/stories", "/api/events?limit=50", "/"):
            r = client.get(url)
            statuses.append(r.status_code)
        counts.append(client.get("/api/stats").json()["documents"])
    assert proc.wait() == 0
    assert statuses and set(statuses) == {200}
    assert counts == sorted(counts) and counts[-1] >= 1  # readers saw the store grow, never shrink
    assert client.get("/api/stats").json()["documents"] == 37


def test_two_ingests_on_one_store_serialise_safely(demo_db, tmp_path):
    from test_corpus import dump

    db = tmp_path / "two.db"
    cmd = [*CLI, "ingest", str(ARTICLES), "--db", str(db), "--no-progress"]
    first = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    second = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    outs = [p.communicate(timeout=300) for p in (first, second)]
    assert (first.returncode, second.returncode) == (0, 0), outs
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        keys = [r[0] for r in conn.execute("SELECT key FROM documents")]
    assert len(keys) == len(set(keys)) == 37
    clean = dump(demo_db)
    mine = dump(db)
    for table in ("entities", "events", "claims", "relations", "quantities"):  # per-document rows agree
        assert len(mine[table]) == len(clean[table])


def test_thread_safety_of_reads(demo_db):
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    from fastapi.testclient import TestClient

    from lagebild.web.app import create_app

    client = TestClient(create_app(demo_db))
    errors = []

    def hammer():
        for _ in range(20):
            r = client.get("/api/events", params={"limit": 20})
            if r.status_code != 200:
                errors.append(r.status_code)

    threads = [threading.Thread(target=hammer) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
