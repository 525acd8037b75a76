"""lagebild eval ner: the GermEval 2014 scorer on a fixture written for the project (with a floor)
and on the public development set where ../shared is at hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.errors import InputError
from lagebild.eval.ner import _spans, evaluate, read_gold

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "germeval" / "ner-de.tsv"
SHARED = ROOT.parent / "shared" / "data" / "dev" / "germeval2014" / "NER-de-dev.tsv"


def test_bio_spans():
    assert _spans(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"]) == {
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")}


def test_floor_on_the_project_fixture():
    r = evaluate(FIXTURE)
    assert r["micro_per_loc_org"]["f1"] == 1.0 and r["per_class"]["LOCderiv"]["f1"] == 1.0


def test_bad_file(tmp_path):
    (tmp_path / "x.tsv").write_text("1\tnur-zwei\n", encoding="utf-8")
    with pytest.raises(InputError):
        read_gold(tmp_path / "x.tsv")


@pytest.mark.skipif(not SHARED.is_file(), reason="../shared GermEval 2014 data not present")
def test_germeval_figures_do_not_drop():
    r = evaluate(SHARED, limit=800)
    assert r["per_class"]["LOC"]["f1"] >= 0.5 and r["micro_per_loc_org"]["precision"] >= 0.55, r
    # persons named by given and family name (session 32: PER F1 0.429, P 0.760 on these sentences)
    assert r["per_class"]["PER"]["f1"] >= 0.38 and r["per_class"]["PER"]["precision"] >= 0.65, r
