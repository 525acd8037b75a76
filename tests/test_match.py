"""The alias index: one pass, word boundaries and case rules, and its on-disk cache."""

from __future__ import annotations

from lagebild import analyze
from lagebild.kb import default_kb
from lagebild.stages import match

TEXT = "Russlands Armee und die NATO meldeten Angriffe auf Kiew; die Basis blieb ruhig, sagte al-Assad."


def candidates(text: str, lang: str = "de"):
    doc = analyze(text, lang=lang, published="2025-01-01")
    return [(c.text, c.actors, c.places, c.genitive) for c in doc.candidates]


def test_boundaries_genitives_and_case():
    found = {c[0]: c for c in candidates(TEXT)}
    assert found["Russlands"][3] is True and "country:RUS" in found["Russlands"][1]
    assert "NATO" in found and "Kiew" in found and "al-Assad" in found
    assert "Basis" not in found  # not the town "Basi" + genitive s


def test_cache_round_trip_gives_the_same_matches(tmp_path, monkeypatch):
    monkeypatch.setenv("LAGEBILD_CACHE_DIR", str(tmp_path))
    kb = default_kb()
    built = match._build_index(kb)
    match._save(built, match._cache_path(kb))
    assert list(tmp_path.glob("aliases-*.bin")) and list(tmp_path.glob("aliases-*.jsonl"))
    match.automaton.cache_clear()
    try:
        loaded = match.automaton(kb)
        assert isinstance(loaded.readings, match.LazyReadings)  # read from the cache, decoded on demand
        text = match.fold(TEXT)
        assert list(loaded.iter(text)) == list(built.iter(text))
    finally:
        match.automaton.cache_clear()


def test_damaged_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("LAGEBILD_CACHE_DIR", str(tmp_path))
    kb = default_kb()
    path = match._cache_path(kb)
    path.write_bytes(b"not an automaton")
    path.with_suffix(".jsonl").write_text("[]\n", "utf-8")
    path.with_suffix(".offsets").write_bytes(b"\x00" * 16)
    match.automaton.cache_clear()
    try:
        index = match.automaton(kb)
        assert index.get(match.fold("Russland")) is not None
    finally:
        match.automaton.cache_clear()


def test_a_foreign_country_name_beside_a_capitalised_word_is_part_of_a_name():
    # "Austria" is no German name of the country: next to another capitalised word it names a firm
    names = [c.text for c in analyze("HD Austria und die Bank Austria Wien forderten Geld von Österreich.",
                                     lang="de").candidates if "country:AUT" in c.actors]
    assert names == ["Österreich"]
    # in English it is the country's own name; alone in German it still names the country
    assert [c.text for c in analyze("Bank Austria reported profits in Austria.", lang="en").candidates
            if "country:AUT" in c.actors] == ["Austria", "Austria"]
    assert [c.text for c in analyze("Die Reise ging nach Austria.", lang="de").candidates
            if "country:AUT" in c.actors] == ["Austria"]
