"""The CAMEO verb pattern tables at work: matching, noun/verb use, passive, and PETRARCH's own verbs."""

from __future__ import annotations

from pathlib import Path

from lagebild import analyze
from lagebild.eval.petrarch import evaluate
from lagebild.lang.cameo_verbs import read_dictionary, write_tables
from lagebild.lang.verb_patterns import load, primary

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures" / "petrarch"


def tables(tmp_path: Path):
    write_tables(read_dictionary(FIX / "verbs.txt"), tmp_path)
    return load.__wrapped__(tmp_path)


def test_patterns_beat_the_block_default_and_need_their_words(tmp_path):
    vp = tables(tmp_path)
    words = ["arnor", "pummeled", "rohan", "with", "a", "long", "blockade", "of", "its", "ports"]
    n, block, own = vp.form_at(words, 1)
    assert (n, block) == (1, "PUMMEL")
    assert vp.match(words, 0, 1, n, len(words), block, own) == "191"  # a synonym-set word after the verb
    plain = ["arnor", "pummeled", "rohan"]
    assert vp.match(plain, 0, 1, 1, len(plain), block, own) == "190"  # the block default
    far = ["arnor", "pummeled", *["x"] * 12, "blockade"]
    assert vp.match(far, 0, 1, 1, len(far), block, own) == "190"  # beyond the window
    words = ["gondor", "huddled", "with", "rohan"]
    n, block, own = vp.form_at(words, 1)
    assert vp.match(words, 0, 1, n, len(words), block, own) == "043"
    assert vp.match(["gondor", "huddled"], 0, 1, 1, 2, block, own) is None  # "---": no event without the pattern


def test_primary_code():
    assert primary("042:043") == "042" and primary(":173") == "173"
    assert primary("---") is None and primary("+++") is None


def test_the_shipped_tables_code_english_verbs_as_verbs_not_nouns():
    types = [e["type"] for e in analyze("China rushed troops to the border on Monday.", lang="en").to_json()["events"]]
    assert "MOBILIZE" in types
    # "aid" and "forces" can be verbs; here they are nouns and code nothing of their own
    a = analyze("Two aid workers met Ukrainian forces near Kherson.", lang="en").to_json()
    assert [e["trigger"][2] for e in a["events"]] == ["met"]


def test_english_passive_needs_a_participle():
    a = analyze("Arnor is about to restore diplomatic ties with Gondor.", lang="en").to_json()
    assert not any(e["source"] is None and e["target"] for e in a["events"])  # not a passive: Arnor acts
    a = analyze("The convoy was shelled by Russian forces.", lang="en").to_json()
    ev = next(e for e in a["events"] if e["type"] == "ASSAULT")
    assert ev["source"]["country"] == "RUS"


def test_petrarch_records_with_their_own_verb_dictionary():
    own = evaluate(FIX / "records.xml", FIX / "actors.txt")
    theirs = evaluate(FIX / "records.xml", FIX / "actors.txt", verbs=FIX / "verbs.txt")
    assert own["root_accuracy"] == 1.0
    # with their dictionary instead of lagebild's triggers, its two verbs code, and "accused" as the speech act of
    # an attribution cue: 3 of the 5 codings ("attacked" and "signed" are in neither)
    assert theirs["root_accuracy"] == 0.6 and theirs["verbs"].endswith("verbs.txt")
