"""The hand-check sampler reads both corpus layouts it names (10kGNAD .csv, xGLUE tab-separated lines)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SAMPLER = Path(__file__).resolve().parents[1] / "benchmarks" / "sample_events.py"


def _sampler():
    spec = importlib.util.spec_from_file_location("sample_events", SAMPLER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_rows_of_a_10kgnad_table(tmp_path):
    f = tmp_path / "test.csv"
    f.write_text("Inland;'Der Landtag tagte.'\nSport;'Ein Tor fiel.'\nInland;'Die Regierung trat zurück.'\n",
                 encoding="utf-8")
    rows = _sampler().read_rows(f, {"Inland"}, limit=5, skip=1)
    assert rows == [("test.csv:3", "Die Regierung trat zurück.")]


def test_rows_of_an_xglue_file(tmp_path):
    f = tmp_path / "dev.txt"
    f.write_text("Titel eins\tText eins.\tnews\nTitel zwei\tText zwei.\tsports\nTitel drei\tText drei.\tnews\n",
                 encoding="utf-8")
    rows = _sampler().read_rows(f, {"news"}, limit=5)
    assert rows == [("dev.txt:1", "Titel eins\n\nText eins."), ("dev.txt:3", "Titel drei\n\nText drei.")]


def test_rows_drawn_at_random_from_every_category_keep_file_order(tmp_path):
    import random

    f = tmp_path / "test.csv"
    f.write_text("".join(f"{'Sport' if n % 2 else 'Inland'};'Text {n}.'\n" for n in range(1, 21)), encoding="utf-8")
    rows = _sampler().read_rows(f, {"all"}, limit=5, draw=random.Random(7))
    again = _sampler().read_rows(f, {"all"}, limit=5, draw=random.Random(7))
    numbers = [int(r[0].split(":")[1]) for r in rows]
    assert rows == again and len(rows) == 5 and numbers == sorted(numbers)
    other = _sampler().read_rows(f, {"all"}, limit=5, draw=random.Random(8))
    assert other != rows  # another seed, another draw
