"""The CLI as a user calls it (subprocess): formats, inputs, and bad input with clear errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "hafen-odesa.de.txt"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lagebild.cli", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


def test_json_output_is_one_valid_object(validate):
    p = run("analyze", "--format", "json", "--published", "2025-02-10", str(DEMO))
    assert p.returncode == 0, p.stderr
    a = json.loads(p.stdout)
    validate(a, DEMO.read_text("utf-8"))
    assert a["doc"]["id"] == str(DEMO) and a["doc"]["published"] == "2025-02-10"
    assert a["doc"]["lang"] == "de"


def test_text_report_lists_actors_events_and_claims():
    p = run("analyze", "--published", "2025-02-10", str(DEMO))
    assert p.returncode == 0, p.stderr
    for heading in ("## Actors", "## Places", "## Events", "## Claims by speaker"):
        assert heading in p.stdout


def test_jsonl_input_and_output(tmp_path, validate):
    src = tmp_path / "in.jsonl"
    rows = [
        {"id": "a1", "text": "Russland hat am Montag Kiew mit Drohnen angegriffen.", "published": "2025-03-05"},
        {"id": "a2", "text": "The Ukrainian military said on Tuesday that Russian troops withdrew from the town.",
         "lang": "en", "published": "2025-03-05"},
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    p = run("analyze", "--format", "jsonl", str(src))
    assert p.returncode == 0, p.stderr
    out = [json.loads(line) for line in p.stdout.splitlines()]
    assert [o["doc"]["id"] for o in out] == ["a1", "a2"]
    assert out[0]["doc"]["published"] == "2025-03-05"
    for o, r in zip(out, rows, strict=True):
        validate(o, r["text"])


def test_html_input_keeps_metadata(tmp_path):
    page = tmp_path / "page.html"
    body = " ".join(["Die ukrainische Armee meldete am Montag schwere Kämpfe in der Region Charkiw."] * 4)
    page.write_text(f"<html><head><title>Kämpfe bei Charkiw</title></head><body><nav>Menü</nav>"
                    f"<article><h1>Kämpfe bei Charkiw</h1><p>{body}</p></article></body></html>", "utf-8")
    p = run("analyze", "--format", "json", "--published", "2025-01-01", str(page))
    assert p.returncode == 0, p.stderr
    a = json.loads(p.stdout)
    assert a["doc"]["title"] == "Kämpfe bei Charkiw"
    assert a["doc"]["chars"] < 4 * len(body)  # the navigation was dropped: title + body, no menu
    assert any(e["country"] == "UKR" and e["sector"] == "MIL" for e in a["entities"])


def test_directory_input(tmp_path):
    (tmp_path / "a.txt").write_text("Russland griff am Montag Charkiw an.", "utf-8")
    (tmp_path / "b.txt").write_text("The army said it attacked the town.", "utf-8")
    p = run("analyze", "--format", "jsonl", str(tmp_path))
    assert p.returncode == 0, p.stderr
    assert len(p.stdout.splitlines()) == 2


def test_unsupported_language_is_reported_not_analysed():
    text = "Le gouvernement a confirmé lundi que les troupes seront retirées de la région frontalière."
    from lagebild import analyze

    a = analyze(text).to_json()
    assert a["doc"]["lang"] == "fr"
    assert any("unsupported language" in n for n in a["doc"]["notes"])
    assert a["events"] == [] and a["claims"] == [] and a["entities"] == []


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.txt", b"", "empty input"),
    ("blank.txt", b"  \n\n ", "empty input"),
    ("binary.txt", bytes(range(256)) * 4, "binary data"),
    ("latin1.txt", "Die Armee meldete Kämpfe in Lüttich.".encode("latin-1"), "not valid UTF-8"),
])
def test_bad_input_gives_one_line_error(tmp_path, name, content, message):
    f = tmp_path / name
    f.write_bytes(content)
    p = run("analyze", str(f))
    assert p.returncode == 2
    assert p.stdout == ""
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in p.stderr


def test_missing_file(tmp_path):
    p = run("analyze", str(tmp_path / "nope.txt"))
    assert p.returncode == 2
    assert p.stderr.strip().count("\n") == 0 and "no such file" in p.stderr


def test_latin1_with_explicit_encoding(tmp_path):
    f = tmp_path / "latin1.txt"
    f.write_bytes("Die ukrainische Armee meldete Kämpfe.".encode("latin-1"))
    p = run("analyze", "--encoding", "latin-1", "--format", "json", str(f))
    assert p.returncode == 0, p.stderr
    a = json.loads(p.stdout)
    assert a["doc"]["chars"] == len("Die ukrainische Armee meldete Kämpfe.")
    assert any(e["country"] == "UKR" and e["sector"] == "MIL" for e in a["entities"])


def test_utf16_with_bom(tmp_path):
    f = tmp_path / "u16.txt"
    f.write_bytes("Die ukrainische Armee meldete Kämpfe.".encode("utf-16"))
    p = run("analyze", "--format", "json", str(f))
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["doc"]["lang"] == "de"


def test_bad_jsonl_line_names_the_line(tmp_path):
    f = tmp_path / "bad.jsonl"
    f.write_text('{"id": "x", "text": "Gut."}\n{not json}\n', "utf-8")
    p = run("analyze", "--format", "jsonl", str(f))
    assert p.returncode == 2 and "bad.jsonl:2" in p.stderr


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    (tmp_path / "good.txt").write_text("Russland griff am Montag Charkiw an.", "utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    p = run("analyze", "--format", "jsonl", str(tmp_path / "empty.txt"), str(tmp_path / "good.txt"))
    assert p.returncode == 2
    assert len(p.stdout.splitlines()) == 1 and "empty input" in p.stderr


def test_bad_date_is_a_usage_error():
    p = run("analyze", "--published", "gestern", str(DEMO))
    assert p.returncode == 2 and "not a date" in p.stderr


def test_bad_file_in_a_directory_does_not_hide_the_others(tmp_path):
    (tmp_path / "a.txt").write_text("Russland griff am Montag Charkiw an.", "utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text("The army said it attacked the town.", "utf-8")
    p = run("analyze", "--format", "jsonl", str(tmp_path))
    assert p.returncode == 2 and "b.txt: empty input" in p.stderr
    assert len(p.stdout.splitlines()) == 2


def test_lines_after_a_bad_jsonl_line_are_analysed(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_text('{"id": "x", "text": "Gut."}\n[1, 2]\n{"id": "z", "text": "Russland griff Charkiw an."}\n', "utf-8")
    p = run("analyze", "--format", "jsonl", str(f))
    assert p.returncode == 2 and "mixed.jsonl:2" in p.stderr
    assert [json.loads(line)["doc"]["id"] for line in p.stdout.splitlines()] == ["x", "z"]


def test_fifo_is_refused(tmp_path):
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    p = run("analyze", str(fifo))
    assert p.returncode == 2 and "not a regular file" in p.stderr


def test_max_bytes_must_be_positive():
    p = run("analyze", "--max-bytes", "-1", str(DEMO))
    assert p.returncode == 2 and "--max-bytes" in p.stderr


def test_eval_speaker_attribution_on_the_project_fixture():
    fixture = ROOT / "tests" / "fixtures" / "speaker-attribution"
    p = run("eval", "spkatt", str(fixture), "--part", "all", "--format", "json")
    assert p.returncode == 0, p.stderr
    result = json.loads(p.stdout)
    assert result["docs"] == 3 and result["gold"] == 7 and 0.0 <= result["joint"]["f1"] <= 1.0


def test_eval_speaker_attribution_missing_folder(tmp_path):
    p = run("eval", "spkatt", str(tmp_path / "nope"))
    assert p.returncode == 2 and p.stderr.count("\n") == 1


def test_kb_lookup_names_variants_and_demonyms():
    p = run("kb", "lookup", "Wladimir Putin")
    assert p.returncode == 0, p.stderr
    records = [json.loads(line) for line in p.stdout.splitlines()]
    assert any(r["record"] == "actor" and r["id"] == "person:vladimir-putin" for r in records)
    p = run("kb", "lookup", "russischem", "--lang", "de")
    assert [json.loads(line)["country"] for line in p.stdout.splitlines()] == ["RUS"]
    p = run("kb", "lookup", "Kiew")
    assert any(json.loads(line).get("geonames") == 703448 for line in p.stdout.splitlines())


def test_kb_lookup_unknown_name_exits_1():
    p = run("kb", "lookup", "Xyzzyland")
    assert p.returncode == 1 and "no record" in p.stderr and p.stdout == ""


def test_kb_stats_counts_records():
    p = run("kb", "stats")
    assert p.returncode == 0, p.stderr
    stats = json.loads(p.stdout)
    assert stats["actors"]["country"] == 250 and stats["aliases"] > 100_000 and len(stats["fingerprint"]) == 64
