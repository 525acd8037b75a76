"""--kb-extra: a user's actors on top of the knowledge base, validated line by line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lagebild.errors import InputError
from lagebild.kb import default_kb
from lagebild.kb.extra import read_extra, with_extra

ROOT = Path(__file__).resolve().parent.parent
HEADER = "id\tname\ttype\tcountry\tsector\taliases\n"
ARNOR = HEADER + ("# fictional states, as in the PETRARCH validation records\n"
                  "extra:arnor\tArnor\tcountry\tARN\t\t\n"
                  "extra:gondor\tGondor\tcountry\tGON\t\tKingdom of Gondor\n"
                  "person:aragorn\tAragorn\tperson\tGON\tGOV\tStreicher\n")


def test_records_and_overlay(tmp_path):
    f = tmp_path / "extra.tsv"
    f.write_text(ARNOR, encoding="utf-8")
    records = read_extra(f)
    assert [r["code"] for r in records] == ["ARN", "GON", "GONGOV"]
    kb = default_kb()
    extra = with_extra(kb, f)
    assert extra.actor("extra:gondor")["country"] == "GON" and kb.actor("extra:gondor") is None
    assert ("Kingdom of Gondor", "actor", "extra:gondor", "*") in extra.aliases
    assert extra.fingerprint != kb.fingerprint and len(extra.aliases) == len(kb.aliases) + 5


@pytest.mark.parametrize("body, message", [
    ("name\tid\n", "header must be"),
    (HEADER + "x\tX\tplanet\tARN\t\t\n", ":2: type must be one of"),
    (HEADER + "x\tX\tcountry\tarn\t\t\n", ":2: country must be three capital letters"),
    (HEADER + "x\tX\tcountry\tARN\tgovernment\t\n", "sector must be"),
    (HEADER + "x\tX\tcountry\tARN\t\t\nx\tY\tcountry\tARN\t\t\n", ":3: the id 'x' is given twice"),
    (HEADER + "\tX\tcountry\tARN\t\t\n", "id and name are required"),
    ("", "no header line"),
])
def test_errors_name_the_line(tmp_path, body, message):
    f = tmp_path / "extra.tsv"
    f.write_text(body, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_extra(f)


def test_cli_analyze_and_ingest_use_the_extra_actors(tmp_path):
    f = tmp_path / "extra.tsv"
    f.write_text(ARNOR, encoding="utf-8")
    art = tmp_path / "a.txt"
    art.write_text("Arnor is about to restore full diplomatic ties with Gondor, Aragorn said on Monday.",
                   encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "lagebild.cli", "analyze", str(art), "--lang", "en", "--format",
                          "json", "--kb-extra", str(f)], capture_output=True, text=True, cwd=ROOT, check=True)
    codes = {e["code"] for e in json.loads(out.stdout)["entities"]}
    assert {"ARN", "GON", "GONGOV"} <= codes
    db = tmp_path / "s.db"
    subprocess.run([sys.executable, "-m", "lagebild.cli", "ingest", str(art), str(ROOT / "tests" / "articles"),
                    "--db", str(db), "--jobs", "2", "--no-progress", "--kb-extra", str(f)],
                   capture_output=True, text=True, cwd=ROOT, check=True)
    import sqlite3

    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM entities WHERE code = 'GONGOV'").fetchone()[0] == 1
    bad = tmp_path / "bad.tsv"
    bad.write_text(HEADER + "x\tX\tplanet\tARN\t\t\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "lagebild.cli", "analyze", str(art), "--kb-extra", str(bad)],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2 and "type must be one of" in proc.stderr and proc.stderr.count("\n") == 1
